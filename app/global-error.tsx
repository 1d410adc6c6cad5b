'use client';

type Props = { error: Error & { digest?: string }; reset: () => void };

/** When even the site's layout fails: a whole page of its own, with no styles but its own few. */
export default function GlobalError({ reset }: Props) {
  return (
    <html lang="ko">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '3rem auto',
          maxWidth: '36rem',
          padding: '0 1rem',
        }}
      >
        <h1>페이지를 표시하지 못했습니다</h1>
        <p>일시적인 문제로 이 페이지를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.</p>
        <p>
          <button type="button" onClick={reset}>
            다시 시도
          </button>{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload: the layout itself failed */}
          <a href="/">첫 화면으로</a>
        </p>
      </body>
    </html>
  );
}
