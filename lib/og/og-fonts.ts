import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { fontCoverage, type FontCoverage } from './font-coverage';

// Satori reads TTF, OTF and WOFF, not the WOFF2 the pages use; Pretendard ships OTF beside it.
const PRETENDARD_FOLDER = path.join(process.cwd(), 'node_modules', 'pretendard', 'dist', 'public', 'static');
// Pretendard has no Hanja; this cut of Noto Sans CJK KR Bold holds KS X 1001's (scripts/og-fonts/).
const HANJA_FONT = path.join(process.cwd(), 'lib', 'og', 'fonts', 'NotoSansCJKkr-Bold-Hanja.otf');

export type OgFont = { name: string; data: Buffer; weight: 400 | 800; style: 'normal' };
export type OgFonts = { fonts: OgFont[]; coverage: FontCoverage[] };

// Each file is read through its own literal path, so the server-file tracer sees exactly these three.
// A path taken from a list is opaque to it: it would trace the whole project into the server code.
const FONT_FILES: readonly { read: () => Promise<Buffer>; name: string; weight: 400 | 800 }[] = [
  {
    read: () => readFile(path.join(PRETENDARD_FOLDER, 'Pretendard-Regular.otf')),
    name: 'Pretendard',
    weight: 400,
  },
  {
    read: () => readFile(path.join(PRETENDARD_FOLDER, 'Pretendard-ExtraBold.otf')),
    name: 'Pretendard',
    weight: 800,
  },
  { read: () => readFile(HANJA_FONT), name: 'Noto Sans CJK KR', weight: 800 },
];

let loaded: Promise<OgFonts> | undefined;

/**
 * The typefaces of generated pictures and what each can draw, read once per build process. These are
 * all the card may use: any character outside them would make Satori fetch a font or an emoji picture
 * from the network, so `drawableText` leaves such characters out.
 */
export function ogFonts(): Promise<OgFonts> {
  loaded ??= Promise.all(
    FONT_FILES.map(async ({ read, name, weight }) => {
      const data = await read();
      const font: OgFont = { name, data, weight, style: 'normal' };
      return { font, coverage: fontCoverage(data) };
    }),
  ).then((read) => ({ fonts: read.map(({ font }) => font), coverage: read.map(({ coverage }) => coverage) }));
  return loaded;
}
