import { renderMarkdown } from '../render/render-markdown';
import type { PostStep } from './post-step';

/** The breaking-news banner's markdown (`feature_text`), rendered. */
export const renderFeatureText: PostStep = (post) => {
  const text = post.frontMatter.feature_text;
  return { made: { featureText: text ? renderMarkdown(text) : undefined } };
};
