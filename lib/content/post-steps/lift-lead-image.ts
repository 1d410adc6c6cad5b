import { liftLeadImage as liftFromTree } from '../render/lead-image';
import { madeEarlier, type PostStep } from './post-step';

/** A body that opens with the banner picture loses it (it is shown above); its alt text fills a missing one. */
export const liftLeadImage: PostStep = (_post, draft) => {
  const image = draft.image;
  if (!image) return {};
  const lifted = liftFromTree(madeEarlier(draft.body, 'body'), image.src);
  return lifted && !image.alt ? { made: { image: { ...image, alt: lifted.alt } } } : {};
};
