import Script from 'next/script';

/**
 * Vercel Web Analytics as Vercel documents it for any site, once the page has loaded: a queue, then `/_vercel/insights/script.js`
 * from the site's own origin (Vercel serves it on deployments), which follows client-side navigation
 * itself. No package: `@vercel/analytics` would add a client component for the same two tags.
 */
export function VercelAnalytics() {
  return (
    <>
      <Script id="vercel-analytics-queue" strategy="lazyOnload">
        {'window.va=window.va||function(){(window.vaq=window.vaq||[]).push(arguments);};'}
      </Script>
      <Script id="vercel-analytics" src="/_vercel/insights/script.js" strategy="lazyOnload" />
    </>
  );
}
