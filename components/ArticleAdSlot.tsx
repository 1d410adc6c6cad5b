import { operatorSettings } from '@/lib/operators/settings';

import { AdSlot } from './AdSlot';

/** The ad after an article's body, when `NEWSDAO_AD_SLOT_ARTICLE` names one. */
export function ArticleAdSlot() {
  const { adsenseClient, adSlots } = operatorSettings;
  if (!adsenseClient || !adSlots.article) return null;
  return <AdSlot client={adsenseClient} slot={adSlots.article} placement="article" />;
}
