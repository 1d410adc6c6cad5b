import type { Root } from 'hast';
import type { ArticleImage } from '@/lib/content';
import { RenderedMarkdown } from './RenderedMarkdown';

type Props = {
  image: ArticleImage | undefined;
  featureText: Root | undefined;
};

/** The article's breaking-news banner: its picture and its `feature_text`, as one labelled region. */
export function BreakingNewsBanner({ image, featureText }: Props) {
  if (!image && !featureText) return null;
  return (
    <section className="breaking-banner" aria-labelledby="breaking-banner-label">
      <p id="breaking-banner-label" className="breaking-banner__label">
        속보
      </p>
      {image && (
        // Sizes are fixed by CSS (aspect-ratio) so the banner never shifts the layout while loading.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="breaking-banner__image" src={image.src} alt={image.alt} width={1200} height={630} fetchPriority="high" />
      )}
      {featureText && (
        <div className="breaking-banner__text">
          <RenderedMarkdown tree={featureText} />
        </div>
      )}
    </section>
  );
}
