import type { ArticleImage } from '../types';
import type { PostStep, StepProblem } from './post-step';

/** Editors often type the credit as it prints (`사진=중소벤처기업부`); the prefix is the page's to add. */
const CREDIT_PREFIX = /^\s*(사진|자료|그래픽|영상)\s*[=:＝]\s*/u;

function tidy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The banner picture from `image` (a path, or `{ path, alt, caption, credit }`), else `feature_image`.
 * A credit written with its `사진=` prefix keeps only the name, so it never prints twice.
 */
export const normaliseImage: PostStep = (post) => {
  const { image, feature_image: featureImage } = post.frontMatter;
  if (image === undefined)
    return {
      made: { image: featureImage === undefined ? undefined : { src: featureImage.trim(), alt: '' } },
    };
  if (typeof image === 'string') return { made: { image: { src: image.trim(), alt: '' } } };
  const problems: StepProblem[] = [];
  const empty = (part: 'caption' | 'credit', hint: string) =>
    problems.push({
      severity: 'warning',
      field: 'image',
      line: post.lineOf('image'),
      message: `image.${part} is empty`,
      hint,
    });
  const caption = tidy(image.caption);
  const credit = tidy(tidy(image.credit)?.replace(CREDIT_PREFIX, ''));
  if (image.caption !== undefined && caption === undefined)
    empty('caption', 'write what the picture shows, or remove caption');
  if (image.credit !== undefined && credit === undefined)
    empty('credit', 'name who took or supplied the picture, e.g. credit: 중소벤처기업부, or remove credit');
  const made: ArticleImage = { src: image.path.trim(), alt: tidy(image.alt) ?? '' };
  if (caption) made.caption = caption;
  if (credit) made.credit = credit;
  return { made: { image: made }, problems };
};
