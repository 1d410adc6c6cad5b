import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Satori reads TTF, OTF and WOFF, not the WOFF2 the pages use; Pretendard ships OTF beside it.
const FONT_FOLDER = path.join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static');

export type OgFont = { name: string; data: Buffer; weight: 400 | 800; style: 'normal' };

let fonts: Promise<OgFont[]> | undefined;

/** The site's typeface for generated pictures, read once per build process. */
export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all([
    readFile(path.join(FONT_FOLDER, 'Pretendard-Regular.otf')).then((data): OgFont => ({
      name: 'Pretendard',
      data,
      weight: 400,
      style: 'normal',
    })),
    readFile(path.join(FONT_FOLDER, 'Pretendard-ExtraBold.otf')).then((data): OgFont => ({
      name: 'Pretendard',
      data,
      weight: 800,
      style: 'normal',
    })),
  ]);
  return fonts;
}
