import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Where blog editors' lazy loaders and Tistory keep an image's real address. */
const REAL_SOURCE_PROPERTIES = ['dataSrc', 'dataLazySrc', 'dataOriginal', 'dataUrl'];

function isUsable(src: unknown): src is string {
  return typeof src === 'string' && src.trim() !== '' && !/^\s*data:/i.test(src);
}

function firstSrcsetCandidate(srcset: unknown): string | undefined {
  const text = Array.isArray(srcset) ? srcset.join(',') : srcset;
  if (typeof text !== 'string') return undefined;
  return text.split(',')[0]?.trim().split(/\s+/)[0] || undefined;
}

/**
 * Runs before sanitising (which drops data-* and srcset). Lazy loaders keep the real address in
 * data-src and friends and put a placeholder in src (a data: pixel, or a blurred thumbnail as Naver
 * does), so a data-src wins over src; an <img> with neither takes the first srcset address. The
 * picture then shows once the script that would have swapped it in (or its onerror handler) is gone.
 */
export function rehypeRealImageSources() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      const lazy = REAL_SOURCE_PROPERTIES.map((name) => node.properties[name]).find(isUsable);
      const real =
        lazy ?? (isUsable(node.properties.src) ? undefined : firstSrcsetCandidate(node.properties.srcSet));
      if (real) node.properties = { ...node.properties, src: real.trim() };
    });
  };
}
