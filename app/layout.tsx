import './globals.css';

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { FeedLink } from '@/components/FeedLink';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { ThirdPartyScripts } from '@/components/ThirdPartyScripts';
import { siteConfig } from '@/config/site';
import { getCategories, getSiteFiles } from '@/lib/content';
import { OG_IMAGE_SIZE } from '@/lib/metadata/article-image';
import { operatorSettings } from '@/lib/operators/settings';
import { verificationMetadata } from '@/lib/operators/verification';
import { siteFeedPath, siteOgImagePath } from '@/lib/routes';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.origin),
  title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
  description: siteConfig.description,
  openGraph: {
    type: 'website',
    siteName: siteConfig.name,
    locale: siteConfig.locale,
    images: [{ url: siteOgImagePath(), ...OG_IMAGE_SIZE }],
  },
  twitter: { card: 'summary_large_image' },
  verification: verificationMetadata(operatorSettings),
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [categories, site] = await Promise.all([getCategories(), getSiteFiles()]);
  return (
    <html lang="ko">
      <body>
        <FeedLink path={siteFeedPath()} title={`${siteConfig.name} 전체 기사 RSS`} />
        <a className="skip-link" href="#main">
          본문 바로가기
        </a>
        <SiteHeader siteName={siteConfig.name} categories={categories} />
        <main id="main" className="site-main">
          {children}
        </main>
        <SiteFooter siteName={siteConfig.name} publisher={site.publisher} pages={site.pages} />
        <ThirdPartyScripts settings={operatorSettings} />
      </body>
    </html>
  );
}
