'use client';

import { useEffect, useRef } from 'react';

declare global {
  interface Window {
    adsbygoogle?: unknown[];
  }
}

type Props = { client: string; slot: string };

/** One AdSense ad unit, queued for the ad script once it is on the page (once, even under Strict Mode). */
export function AdSenseUnit({ client, slot }: Props) {
  const unit = useRef<HTMLModElement>(null);
  useEffect(() => {
    const element = unit.current;
    if (!element || element.dataset.queued) return;
    element.dataset.queued = '1';
    (window.adsbygoogle = window.adsbygoogle ?? []).push({});
  }, []);
  return <ins ref={unit} className="adsbygoogle ad-slot__unit" data-ad-client={client} data-ad-slot={slot} />;
}
