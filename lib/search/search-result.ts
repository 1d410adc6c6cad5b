/** One search hit as the search page shows it. */
export type SearchHit = {
  href: string;
  title: string;
  published: string | undefined;
  excerpt: ExcerptPart[];
};

/** A run of excerpt text, marked when it matches the query. */
export type ExcerptPart = { text: string; matched: boolean };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around matches. It becomes plain text runs, so the
 * page renders it as text and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[^<]*<\/mark>)/g)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const marked = /^<mark>([^<]*)<\/mark>$/.exec(piece);
      return {
        text: decodeEntities(marked ? (marked[1] ?? '') : piece.replace(/<[^>]*>/g, '')),
        matched: Boolean(marked),
      };
    });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A Pagefind result's data as a hit; undefined for anything not shaped like one. */
export function searchHit(data: unknown): SearchHit | undefined {
  if (!isRecord(data)) return undefined;
  const meta = isRecord(data.meta) ? data.meta : {};
  const href = text(meta.url) ?? text(data.url);
  const title = text(meta.title);
  if (!href || !title) return undefined;
  return { href, title, published: text(meta.published), excerpt: excerptParts(text(data.excerpt) ?? '') };
}
