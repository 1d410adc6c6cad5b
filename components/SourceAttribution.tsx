import type { SourceAttribution as Source } from '@/lib/content';

type Props = { source: Source | undefined };

/** Where the article comes from: the original's title, a link to it, and its publisher. */
export function SourceAttribution({ source }: Props) {
  if (!source) return null;
  return (
    <p className="source-attribution">
      <span className="source-attribution__label">출처</span>{' '}
      <cite>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </cite>
      {source.publisher && <span className="source-attribution__publisher"> | {source.publisher}</span>}
    </p>
  );
}
