'use client';

import { useState } from 'react';

export type TickerHeadline = { title: string; href: string };

type Props = { headlines: TickerHeadline[] };

/**
 * The newest headlines, moving sideways. A reader can stop it (WCAG 2.2.2); it also stops while hovered
 * or while a headline has focus, and never moves under `prefers-reduced-motion` (see globals.css).
 */
export function NewsTicker({ headlines }: Props) {
  const [paused, setPaused] = useState(false);
  if (headlines.length === 0) return null;
  return (
    <section className="news-ticker" aria-label="속보 헤드라인" data-paused={paused ? 'true' : 'false'}>
      <p className="news-ticker__label" aria-hidden="true">
        속보
      </p>
      <div className="news-ticker__viewport">
        <ul className="news-ticker__track">
          {headlines.map((headline) => (
            <li key={headline.href}>
              <a href={headline.href}>{headline.title}</a>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="news-ticker__toggle" onClick={() => setPaused(!paused)}>
        {paused ? '속보 재생' : '속보 일시정지'}
      </button>
    </section>
  );
}
