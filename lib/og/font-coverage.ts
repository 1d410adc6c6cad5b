/**
 * Which characters a font can draw, read from its `cmap` table. The OG card draws only those: Satori
 * asks for any other character on the network (emoji from a CDN, other scripts from Google Fonts), and
 * next/og gives no way to turn that off, so the text it gets must hold nothing the shipped fonts lack.
 */

/** Sorted, disjoint [first, last] code point ranges. */
export type FontCoverage = readonly (readonly [number, number])[];

const PREFERRED_SUBTABLES: readonly { platform: number; encoding: number; format: number }[] = [
  { platform: 3, encoding: 10, format: 12 },
  { platform: 0, encoding: 4, format: 12 },
  { platform: 3, encoding: 1, format: 4 },
  { platform: 0, encoding: 3, format: 4 },
];

function sfntTable(font: Buffer, tag: string): { offset: number; length: number } | undefined {
  const tables = font.readUInt16BE(4);
  for (let index = 0; index < tables; index += 1) {
    const record = 12 + index * 16;
    if (font.toString('latin1', record, record + 4) === tag)
      return { offset: font.readUInt32BE(record + 8), length: font.readUInt32BE(record + 12) };
  }
  return undefined;
}

function format12Ranges(font: Buffer, start: number): [number, number][] {
  const groups = font.readUInt32BE(start + 12);
  const ranges: [number, number][] = [];
  for (let index = 0; index < groups; index += 1) {
    const group = start + 16 + index * 12;
    ranges.push([font.readUInt32BE(group), font.readUInt32BE(group + 4)]);
  }
  return ranges;
}

function format4Ranges(font: Buffer, start: number): [number, number][] {
  const segments = font.readUInt16BE(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let segment = 0; segment < segments; segment += 1) {
    const first = font.readUInt16BE(starts + segment * 2);
    const last = font.readUInt16BE(ends + segment * 2);
    const delta = font.readInt16BE(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let code = first; code <= last && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsetAt + rangeOffset + (code - first) * 2;
        const raw = font.readUInt16BE(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph === 0) continue;
      const previous = ranges.at(-1);
      if (previous && previous[1] === code - 1) previous[1] = code;
      else ranges.push([code, code]);
    }
  }
  return ranges;
}

/** The code points an OpenType or TrueType font maps to a glyph (glyph 0, .notdef, excluded). */
export function fontCoverage(font: Buffer): FontCoverage {
  const cmap = sfntTable(font, 'cmap');
  if (!cmap) throw new Error('the font has no cmap table');
  const subtables = font.readUInt16BE(cmap.offset + 2);
  const found = new Map<string, number>();
  for (let index = 0; index < subtables; index += 1) {
    const record = cmap.offset + 4 + index * 8;
    const start = cmap.offset + font.readUInt32BE(record + 4);
    found.set(
      `${font.readUInt16BE(record)}/${font.readUInt16BE(record + 2)}/${font.readUInt16BE(start)}`,
      start,
    );
  }
  for (const wanted of PREFERRED_SUBTABLES) {
    const start = found.get(`${wanted.platform}/${wanted.encoding}/${wanted.format}`);
    if (start === undefined) continue;
    const ranges = wanted.format === 12 ? format12Ranges(font, start) : format4Ranges(font, start);
    return ranges.sort((a, b) => a[0] - b[0]);
  }
  throw new Error('the font has no Unicode cmap subtable of format 4 or 12');
}

export function covers(coverage: FontCoverage, codePoint: number): boolean {
  let low = 0;
  let high = coverage.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = coverage[middle];
    if (!range) return false;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}
