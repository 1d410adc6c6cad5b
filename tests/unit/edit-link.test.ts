import { describe, expect, it } from 'vitest';

import { articleEditUrl, repositoryUrlFrom } from '@/lib/edit-link';

describe('"이 기사 수정하기" link', () => {
  const settings = {
    repositoryUrl: 'https://github.com/newsdao/site.git',
    branch: 'main',
    contentPath: 'content',
  };

  it("opens GitHub's web editor on the post's file, Korean names percent-encoded", () => {
    expect(articleEditUrl(settings, '2024-02-01-한글-주소-기사.md')).toBe(
      `https://github.com/newsdao/site/edit/main/content/${encodeURIComponent('2024-02-01-한글-주소-기사.md')}`,
    );
    expect(
      articleEditUrl(
        {
          ...settings,
          repositoryUrl: 'https://github.com/newsdao/site/',
          contentPath: 'posts/',
          branch: 'release/ko',
        },
        'jekyll/a.md',
      ),
    ).toBe('https://github.com/newsdao/site/edit/release/ko/posts/jekyll/a.md');
  });

  it('is absent without a repository, or with one that is not a URL', () => {
    expect(articleEditUrl({ ...settings, repositoryUrl: undefined }, 'a.md')).toBeUndefined();
    expect(articleEditUrl({ ...settings, repositoryUrl: 'newsdao/site' }, 'a.md')).toBeUndefined();
  });

  it('takes the repository from NEWSDAO_REPOSITORY_URL, else from the GitHub repository Vercel deploys', () => {
    expect(repositoryUrlFrom({ NEWSDAO_REPOSITORY_URL: ' https://github.com/a/b ' })).toBe(
      'https://github.com/a/b',
    );
    expect(
      repositoryUrlFrom({
        VERCEL_GIT_PROVIDER: 'github',
        VERCEL_GIT_REPO_OWNER: 'newsdao',
        VERCEL_GIT_REPO_SLUG: 'site',
      }),
    ).toBe('https://github.com/newsdao/site');
    expect(
      repositoryUrlFrom({
        VERCEL_GIT_PROVIDER: 'gitlab',
        VERCEL_GIT_REPO_OWNER: 'newsdao',
        VERCEL_GIT_REPO_SLUG: 'site',
      }),
    ).toBeUndefined();
    expect(repositoryUrlFrom({})).toBeUndefined();
  });
});
