import { operatorSettings } from '@/lib/operators/settings';

import { AdSlot } from './AdSlot';

/** The ad in a listing (home, category pages), when `NEWSDAO_AD_SLOT_LISTING` names one. */
export function ListingAdSlot() {
  const { adsenseClient, adSlots } = operatorSettings;
  if (!adsenseClient || !adSlots.listing) return null;
  return <AdSlot client={adsenseClient} slot={adSlots.listing} placement="listing" />;
}
