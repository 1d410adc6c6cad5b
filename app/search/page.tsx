import type { Metadata } from 'next';

import { SearchBox } from '@/components/SearchBox';
import { buildPaths } from '@/config/build-paths';
import { searchPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: '기사 검색',
  description: '뉴스다오의 모든 기사를 낱말이나 낱말의 일부로 찾습니다.',
  alternates: { canonical: searchPath() },
};

export default function SearchPage() {
  return (
    <div className="search-page">
      <h1 className="listing-heading">기사 검색</h1>
      <SearchBox indexPath={buildPaths().searchIndexUrl} />
      <noscript>
        <p>검색은 브라우저의 JavaScript로 동작합니다. JavaScript를 켜 주세요.</p>
      </noscript>
    </div>
  );
}
