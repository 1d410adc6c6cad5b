/**
 * "이 기사 수정하기": the GitHub web editor for the post's own file, so an editor can fix an article
 * from the page itself and open a pull request without a local checkout.
 */

type Environment = Record<string, string | undefined>;

/**
 * The repository the site is built from: `NEWSDAO_REPOSITORY_URL`, or on Vercel the GitHub repository
 * it deploys (Vercel sets `VERCEL_GIT_*` at build time). Undefined means no edit links.
 */
export function repositoryUrlFrom(env: Environment): string | undefined {
  const explicit = env.NEWSDAO_REPOSITORY_URL?.trim();
  if (explicit) return explicit;
  const owner = env.VERCEL_GIT_REPO_OWNER?.trim();
  const slug = env.VERCEL_GIT_REPO_SLUG?.trim();
  if (env.VERCEL_GIT_PROVIDER === 'github' && owner && slug) return `https://github.com/${owner}/${slug}`;
  return undefined;
}

export type EditLinkSettings = {
  repositoryUrl: string | undefined;
  /** Branch the edit is proposed against, usually the one that deploys to production. */
  branch: string;
  /** Folder of the posts inside the repository. */
  contentPath: string;
};

const encodePath = (value: string) => value.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/** `https://github.com/<owner>/<repo>/edit/<branch>/<content>/<file>`, or undefined without a repository. */
export function articleEditUrl(settings: EditLinkSettings, sourcePath: string): string | undefined {
  if (!settings.repositoryUrl) return undefined;
  let repository: URL;
  try {
    repository = new URL(settings.repositoryUrl);
  } catch {
    return undefined;
  }
  const base = `${repository.origin}${repository.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
  const file = [settings.contentPath, sourcePath]
    .map((part) => encodePath(part.normalize('NFC')))
    .filter(Boolean)
    .join('/');
  return `${base}/edit/${encodePath(settings.branch)}/${file}`;
}
