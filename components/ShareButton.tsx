'use client';

import { useState } from 'react';

type Props = { url: string; title: string };

/**
 * Shares the article: the Web Share API where the browser has one (on a phone, the system sheet, which
 * reaches KakaoTalk), otherwise the link copied to the clipboard. The outcome is announced in a live
 * region, so a screen-reader user hears it too.
 */
export function ShareButton({ url, title }: Props) {
  const [status, setStatus] = useState('');
  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        setStatus('');
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('기사 주소를 복사했습니다.');
    } catch {
      setStatus(`주소를 복사하지 못했습니다: ${url}`);
    }
  }
  return (
    <span className="share-button">
      <button type="button" className="share-button__button" onClick={() => void share()}>
        공유하기
      </button>
      <span className="share-button__status" role="status">
        {status}
      </span>
    </span>
  );
}
