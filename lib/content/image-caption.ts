import type { ArticleImage } from './types';

/** The line printed under a picture: its caption, then `사진=<credit>` when a credit is given. */
export function imageCaptionText(image: Pick<ArticleImage, 'caption' | 'credit'>): string | undefined {
  const parts = [image.caption, image.credit && `사진=${image.credit}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
