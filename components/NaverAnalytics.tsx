'use client';

import { usePathname } from 'next/navigation';
import Script from 'next/script';
import { useEffect, useState } from 'react';

declare global {
  interface Window {
    wcs_add?: Record<string, string>;
    wcs_do?: () => void;
  }
}

type Props = { siteId: string };

/**
 * Naver Analytics' wcslog.js once the page has loaded (`lazyOnload`, no preload), then one page view per address: the site
 * moves between pages without reloading, so each new pathname is reported once the script is ready.
 */
export function NaverAnalytics({ siteId }: Props) {
  const pathname = usePathname();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!ready) return;
    window.wcs_add = { ...window.wcs_add, wa: siteId };
    window.wcs_do?.();
  }, [ready, pathname, siteId]);
  return (
    <Script
      id="naver-analytics"
      src="https://wcs.naver.net/wcslog.js"
      strategy="lazyOnload"
      onReady={() => setReady(true)}
    />
  );
}
