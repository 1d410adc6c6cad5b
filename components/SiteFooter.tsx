import type { FixedPage, Publisher } from '@/lib/content';
import { categoriesPath, fixedPagePath, siteMapPagePath } from '@/lib/routes';

import { PublisherInfo } from './PublisherInfo';
import { SiteLink } from './SiteLink';

type Props = { siteName: string; publisher: Publisher | undefined; pages: FixedPage[] };

/** Every page's footer: the fixed pages, the publisher's legal details and the 출처 rights line. */
export function SiteFooter({ siteName, publisher, pages }: Props) {
  return (
    <footer className="site-footer">
      <nav aria-label="사이트 안내" className="site-footer__nav">
        <ul>
          {pages.map((page) => (
            <li key={page.path}>
              <SiteLink href={fixedPagePath(page.path)}>{page.title}</SiteLink>
            </li>
          ))}
          <li>
            <SiteLink href={categoriesPath()}>전체 카테고리</SiteLink>
          </li>
          <li>
            <SiteLink href={siteMapPagePath()}>사이트맵</SiteLink>
          </li>
        </ul>
      </nav>
      {publisher && <PublisherInfo publisher={publisher} />}
      <p className="site-footer__sources">출처가 표시된 기사의 저작권은 각 출처에 있습니다.</p>
      <p className="site-footer__copyright">{publisher?.copyright || `© ${siteName}`}</p>
    </footer>
  );
}
