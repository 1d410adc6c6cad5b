import Script from 'next/script';

type Props = { measurementId: string };

/**
 * GA4's gtag.js once the page has loaded (`lazyOnload`: `afterInteractive` would also preload it in the
 * head, competing with the page's own files); the queue it reads is defined first.
 */
export function GoogleAnalytics({ measurementId }: Props) {
  return (
    <>
      <Script id="ga4-config" strategy="lazyOnload">
        {`window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config',${JSON.stringify(measurementId)});`}
      </Script>
      <Script
        id="ga4-gtag"
        src={`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`}
        strategy="lazyOnload"
      />
    </>
  );
}
