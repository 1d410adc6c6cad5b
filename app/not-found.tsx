import { SiteLink } from '@/components/SiteLink';
import { categoriesPath } from '@/lib/routes';

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 삭제된 기사일 수 있습니다.</p>
      <p>
        <SiteLink href="/">최신 기사 보기</SiteLink> ·{' '}
        <SiteLink href={categoriesPath()}>전체 카테고리 보기</SiteLink>
      </p>
    </section>
  );
}
