import { siteConfig } from '@/config/site';
import { articleEditUrl } from '@/lib/edit-link';

type Props = { sourcePath: string };

/** Shown only when the site knows its repository (NEWSDAO_REPOSITORY_URL, or Vercel's Git settings). */
export function EditArticleLink({ sourcePath }: Props) {
  const href = articleEditUrl(
    {
      repositoryUrl: siteConfig.repositoryUrl,
      branch: siteConfig.repositoryBranch,
      contentPath: siteConfig.contentPathInRepository,
    },
    sourcePath,
  );
  if (!href) return null;
  return (
    <p className="article__edit" data-pagefind-ignore="">
      <a href={href} rel="noopener">
        이 기사 수정하기
      </a>
    </p>
  );
}
