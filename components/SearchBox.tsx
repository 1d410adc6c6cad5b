'use client';

import { useEffect, useState, type FormEvent } from 'react';

import { formatKoreanDate } from '@/lib/clock';
import { searchArticles } from '@/lib/search/pagefind-client';
import type { SearchHit } from '@/lib/search/search-result';

type Props = { indexPath: string };

type State =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; total: number; hits: SearchHit[] }
  | { kind: 'failed'; query: string };

function statusText(state: State): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'searching':
      return `‘${state.query}’ 검색 중…`;
    case 'done':
      return state.total === 0
        ? `‘${state.query}’에 맞는 기사가 없습니다.`
        : `‘${state.query}’ 검색 결과 ${state.total}건`;
    case 'failed':
      return '검색 색인을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.';
  }
}

/** The search form and its results, read from the static Pagefind index in the browser. */
export function SearchBox({ indexPath }: Props) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function run(term: string) {
    const trimmed = term.trim();
    if (!trimmed) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching', query: trimmed });
    try {
      const { total, hits } = await searchArticles(indexPath, trimmed);
      setState({ kind: 'done', query: trimmed, total, hits });
    } catch {
      setState({ kind: 'failed', query: trimmed });
    }
  }

  // A shared or bookmarked `/search?q=…` searches at once. The address is read after hydration (the page is
  // static), and the state is set from the microtask, never synchronously inside the effect.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (!initial) return;
    let live = true;
    void Promise.resolve().then(() => {
      if (!live) return;
      setQuery(initial);
      void run(initial);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the address at load time matters
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', query.trim());
    window.history.replaceState(null, '', url);
    void run(query);
  }

  return (
    <>
      <form role="search" className="search-form" method="get" onSubmit={submit}>
        <label htmlFor="search-query">검색어</label>
        <input
          id="search-query"
          name="q"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
        <button type="submit">검색</button>
      </form>
      <p className="search-status" role="status">
        {statusText(state)}
      </p>
      {state.kind === 'done' && state.hits.length > 0 && (
        <ol className="article-list search-results">
          {state.hits.map((hit) => (
            <li key={hit.href}>
              <article className="article-card">
                <h2 className="article-card__title">
                  <a href={hit.href}>{hit.title}</a>
                </h2>
                {hit.published && (
                  <p className="article-card__meta">
                    <time dateTime={hit.published}>{formatKoreanDate(new Date(hit.published))}</time>
                  </p>
                )}
                <p className="article-card__excerpt">
                  {hit.excerpt.map((part, index) =>
                    part.matched ? (
                      <mark key={index}>{part.text}</mark>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
