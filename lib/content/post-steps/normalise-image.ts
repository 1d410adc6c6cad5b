import type { PostStep } from './post-step';

/** The banner picture from `image` (a path, or `path` and `alt`), else `feature_image`. */
export const normaliseImage: PostStep = (post) => {
  const { image, feature_image: featureImage } = post.frontMatter;
  if (image === undefined)
    return {
      made: { image: featureImage === undefined ? undefined : { src: featureImage.trim(), alt: '' } },
    };
  if (typeof image === 'string') return { made: { image: { src: image.trim(), alt: '' } } };
  return { made: { image: { src: image.path.trim(), alt: image.alt ?? '' } } };
};
