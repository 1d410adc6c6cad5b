import { AdSenseUnit } from './AdSenseUnit';

type Props = { client: string; slot: string; placement: 'article' | 'listing' };

/**
 * A labelled ad whose box has its final height before the ad arrives (globals.css, `.ad-slot__unit`),
 * so nothing below it moves when it fills, or when it stays empty.
 */
export function AdSlot({ client, slot, placement }: Props) {
  return (
    <aside className={`ad-slot ad-slot--${placement}`} aria-label="광고" data-pagefind-ignore="all">
      <p className="ad-slot__label">광고</p>
      <AdSenseUnit client={client} slot={slot} />
    </aside>
  );
}
