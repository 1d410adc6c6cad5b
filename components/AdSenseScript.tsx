import Script from 'next/script';

type Props = { client: string };

/** AdSense's ad script once the page has loaded (`lazyOnload`, no preload); it fills every `<ins class="adsbygoogle">` queued. */
export function AdSenseScript({ client }: Props) {
  return (
    <Script
      id="adsense"
      src={`https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${encodeURIComponent(client)}`}
      crossOrigin="anonymous"
      strategy="lazyOnload"
    />
  );
}
