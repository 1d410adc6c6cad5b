// Draws the site's breaking-news banner (public/assets/img/newsdao_breakingnews.jpg), the picture the
// reference article names. Run once with `node scripts/make-banner-image.mjs`; the JPEG is committed.
// It needs a Korean font installed (e.g. Debian's fonts-noto-cjk) for the lettering.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

const WIDTH = 1200;
const HEIGHT = 630;
const output = path.join(process.cwd(), 'public/assets/img/newsdao_breakingnews.jpg');

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#14181f"/>
      <stop offset="1" stop-color="#2a313c"/>
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  <g stroke="#ffffff" stroke-opacity="0.05" stroke-width="2">
    ${Array.from({ length: 16 }, (_, i) => `<line x1="${i * 90 - 300}" y1="0" x2="${i * 90 + 300}" y2="${HEIGHT}"/>`).join('')}
  </g>
  <rect x="0" y="0" width="${WIDTH}" height="14" fill="#d93025"/>
  <rect x="80" y="150" width="250" height="84" rx="6" fill="#d93025"/>
  <text x="205" y="211" text-anchor="middle" font-family="Noto Sans CJK KR, Noto Sans KR, sans-serif" font-size="54" font-weight="700" fill="#ffffff">속보</text>
  <text x="80" y="370" font-family="Noto Sans CJK KR, Noto Sans KR, sans-serif" font-size="128" font-weight="900" fill="#ffffff" letter-spacing="-4">뉴스다오</text>
  <text x="86" y="450" font-family="Noto Sans CJK KR, Noto Sans KR, sans-serif" font-size="40" font-weight="500" fill="#c9ced6">BREAKING NEWS · 실시간 뉴스 속보</text>
  <rect x="80" y="520" width="1040" height="4" fill="#ffffff" fill-opacity="0.25"/>
  <text x="80" y="575" font-family="Noto Sans CJK KR, Noto Sans KR, sans-serif" font-size="30" fill="#9aa3af">newsdao.kr</text>
</svg>`;

await mkdir(path.dirname(output), { recursive: true });
await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true, progressive: true }).toFile(output);
console.log(`wrote ${path.relative(process.cwd(), output)}`);
