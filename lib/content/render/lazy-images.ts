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
 * Runs before sanitising (which drops data-* and srcset): an <img> whose src is missing, empty or a
 * placeholder data: URL takes its real address from data-src and friends, or from srcset, so that the
 * picture still shows once the script that would have swapped it in (or its onerror handler) is gone.
 */
export function rehypeRealImageSources() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img' || isUsable(node.properties.src)) return;
      const real = REAL_SOURCE_PROPERTIES.map((name) => node.properties[name]).find(isUsable) ?? firstSrcsetCandidate(node.properties.srcSet);
      if (real) node.properties = { ...node.properties, src: real.trim() };
    });
  };
}
