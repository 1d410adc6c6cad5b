'use client';

type Props = { error: Error & { digest?: string }; reset: () => void };

/** A page that failed to render on request (an older article in large-archive mode, say), in Korean. */
export default function ErrorPage({ reset }: Props) {
  return (
    <div className="not-found" role="alert">
      <h1>페이지를 표시하지 못했습니다</h1>
      <p>일시적인 문제로 이 페이지를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.</p>
      <p>
        <button type="button" className="error-page__retry" onClick={reset}>
          다시 시도
        </button>{' '}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload: the failed page's client state is not to be trusted */}
        <a href="/">첫 화면으로</a>
      </p>
    </div>
  );
}
