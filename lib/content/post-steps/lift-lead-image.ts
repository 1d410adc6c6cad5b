import { liftLeadImage as liftFromTree } from '../render/lead-image';
import { madeEarlier, type PostStep } from './post-step';

/**
 * A body that opens with the banner picture loses it (it is shown above); its alt text fills a missing
 * one, and its `<figcaption>` a missing caption.
 */
export const liftLeadImage: PostStep = (_post, draft) => {
  const image = draft.image;
  if (!image) return {};
  const lifted = liftFromTree(madeEarlier(draft.body, 'body'), image.src);
  if (!lifted) return {};
  const caption = image.caption ?? lifted.caption;
  return {
    made: { image: { ...image, alt: image.alt || lifted.alt, ...(caption ? { caption } : {}) } },
  };
};
