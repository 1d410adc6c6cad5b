import { categoriesPath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { siteName: string };

export function SiteFooter({ siteName }: Props) {
  return (
    <footer className="site-footer">
      <p>© {siteName}. 기사의 저작권은 각 출처에 있습니다.</p>
      <p>
        <SiteLink href={categoriesPath()}>전체 카테고리</SiteLink> · <a href="/sitemap.xml">사이트맵</a>
      </p>
    </footer>
  );
}
