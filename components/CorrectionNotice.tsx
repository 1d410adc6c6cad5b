import type { Correction } from '@/lib/content';

import { ArticleDate } from './ArticleDate';

type Props = { corrections: Correction[] };

/** The 바로잡습니다 notice above the body: each correction with its date, a named region a screen reader lists and announces. */
export function CorrectionNotice({ corrections }: Props) {
  if (corrections.length === 0) return null;
  return (
    <section className="correction-notice" aria-labelledby="correction-notice-heading">
      <h2 id="correction-notice-heading" className="correction-notice__heading">
        바로잡습니다
      </h2>
      <ul className="correction-notice__list">
        {corrections.map((correction) => (
          <li key={`${correction.date.getTime()}-${correction.text}`}>
            <ArticleDate date={correction.date} style="dot" withTime={correction.hasClockTime} />{' '}
            {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
