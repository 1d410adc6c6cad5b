import { ImageResponse } from 'next/og';

import { ArticleOgImage } from '@/components/ArticleOgImage';
import { MAX_TITLE_CHARACTERS } from '@/lib/content/front-matter-schema';
import { OG_IMAGE_SIZE } from '@/lib/metadata/article-image';

import { drawableText } from './drawable-text';
import { ogFonts } from './og-fonts';

type Card = { title: string; category: string | undefined; siteName: string };

/**
 * At most as long as the schema lets a title be: a card of 20,000 characters took Satori 18 s, and
 * nothing longer than this fits on the card anyway.
 */
function capped(text: string): string {
  const characters = Array.from(text);
  return characters.length > MAX_TITLE_CHARACTERS
    ? `${characters.slice(0, MAX_TITLE_CHARACTERS).join('')}…`
    : text;
}

/**
 * The 1200×630 PNG card of an article (or of the site), drawn with the shipped fonts only. Every text
 * passes through `drawableText` first, so Satori never finds a character it has no font for and never
 * reaches for the network (an emoji or Thai title once made the build fetch from CDNs, leaking titles
 * and failing offline). A title left with nothing drawable shows the site's name; a longer title than
 * the schema allows (the site's own description is not checked by it) is cut.
 */
export async function articleOgImage({ title, category, siteName }: Card): Promise<ImageResponse> {
  const { fonts, coverage } = await ogFonts();
  const drawable = (text: string) => drawableText(capped(text), coverage);
  const drawnSiteName = drawable(siteName);
  const drawnCategory = category === undefined ? undefined : drawable(category) || undefined;
  return new ImageResponse(
    <ArticleOgImage
      title={drawable(title) || drawnSiteName}
      category={drawnCategory}
      siteName={drawnSiteName}
    />,
    { ...OG_IMAGE_SIZE, fonts },
  );
}
