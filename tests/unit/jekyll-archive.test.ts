/**
 * A small real Jekyll archive (tests/unit/fixtures/jekyll-archive) with one file per case editors bring:
 * each test names the rule the content layer follows for it (see docs/content.md).
 */
import { beforeAll, describe, expect, test } from 'vitest';

import {
  articleFrom,
  checkFolder,
  JEKYLL_ARCHIVE,
  problemsOf,
  type CheckedFolder,
} from './support/fixture-archives';
import { elements, html } from './support/posts';

let archive: CheckedFolder;

beforeAll(async () => {
  archive = await checkFolder(JEKYLL_ARCHIVE);
});

describe('nothing is dropped silently', () => {
  test('every file in the folder is either built or named by a problem (README and dotfiles aside)', () => {
    const built = new Set(archive.articles.map((article) => article.sourcePath));
    const named = new Set(archive.problems.map((problem) => problem.file));
    const silent = archive.files.filter((file) => !built.has(file) && !named.has(file));
    expect(silent).toEqual([]);
    expect(archive.files).not.toContain('README.md');
  });

  test('the archive has warnings but no errors, so it builds', () => {
    expect(archive.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(archive.articles).toHaveLength(18);
  });

  test('a .txt file gets a warning naming it', () => {
    expect(problemsOf(archive, 'notes.txt')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'file',
        message: expect.stringContaining('is not a post (.txt)'),
      }),
    ]);
  });

  test('a post in _drafts is not built and is named', () => {
    expect(problemsOf(archive, '_drafts/2023-10-08-jekyll-draft.md')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('starting with _') }),
    ]);
  });

  test('published: false is named and not built', () => {
    expect(problemsOf(archive, '2023-10-05-draft.md')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'published', line: 3 }),
    ]);
    expect(archive.articles.map((article) => article.sourcePath)).not.toContain('2023-10-05-draft.md');
  });
});

describe('front matter', () => {
  test('categories as a list with a nested list, plus a singular category with a space', () => {
    const article = articleFrom(archive, '2023-09-18-category-shapes.md');
    expect(article.categories.map((category) => category.name)).toEqual([
      '경제',
      '사회',
      '경찰',
      '정책 브리핑',
    ]);
    expect(article.categories.map((category) => category.slug)).toEqual([
      '경제',
      '사회',
      '경찰',
      '정책-브리핑',
    ]);
  });

  test('tags as a space-separated string plus a singular tag; tags as a list', () => {
    expect(articleFrom(archive, '2023-09-18-category-shapes.md').tags).toEqual([
      '경찰청',
      '중소기업',
      '보안',
      '산업보안',
    ]);
    expect(articleFrom(archive, '2023-09-19-zone-name.md').tags).toEqual(['시간대', '날짜']);
  });

  test('a date with a zone name (Asia/Seoul) and updated with KST', () => {
    const article = articleFrom(archive, '2023-09-19-zone-name.md');
    expect(article.date.toISOString()).toBe('2023-09-19T00:30:00.000Z');
    expect(article.updated.toISOString()).toBe('2023-09-19T03:00:00.000Z');
  });

  test('a date with a +0900 offset', () => {
    expect(articleFrom(archive, '2023-09-18-category-shapes.md').date.toISOString()).toBe(
      '2023-09-18T00:00:00.000Z',
    );
  });

  test('no front-matter date: the file name gives it, midnight in Seoul', () => {
    expect(articleFrom(archive, '2023-09-25-한글-이름.md').date.toISOString()).toBe(
      '2023-09-24T15:00:00.000Z',
    );
  });

  test('file-name date and front-matter date disagree: front matter wins, with a warning on the date line', () => {
    expect(articleFrom(archive, '2023-10-06-date-mismatch.md').date.toISOString()).toBe(
      '2023-10-06T23:00:00.000Z',
    );
    expect(problemsOf(archive, '2023-10-06-date-mismatch.md')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'date',
        line: 3,
        message: expect.stringContaining('the front-matter date is used'),
      }),
    ]);
  });

  test('a post dated in the future is held back and named, with the variable that builds it', () => {
    expect(archive.articles.map((article) => article.sourcePath)).not.toContain('2099-01-01-future.md');
    expect(problemsOf(archive, '2099-01-01-future.md')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'date',
        message: expect.stringContaining('held back'),
        hint: expect.stringContaining('BUILD_FUTURE=1'),
      }),
    ]);
  });

  test('BUILD_FUTURE builds the future post too', async () => {
    const withFuture = await checkFolder(JEKYLL_ARCHIVE, true);
    expect(articleFrom(withFuture, '2099-01-01-future.md').title).toBe('미래의 글');
    expect(problemsOf(withFuture, '2099-01-01-future.md')).toEqual([]);
  });

  test('permalink (with placeholders) and redirect_from become legacyPaths: leading /, decoded, no host or query', () => {
    expect(articleFrom(archive, '2023-09-28-permalink.md').legacyPaths).toEqual([
      '/사회/2023/09/28/permalink.html',
      '/old/경찰-뉴스/',
      '/2023/09/28/permalink.html',
    ]);
  });

  test('a post without permalink or redirect_from has no legacy paths', () => {
    expect(articleFrom(archive, '2023-09-18-category-shapes.md').legacyPaths).toEqual([]);
  });

  test('image as { path, alt }: the banner keeps the alt and the same body picture is not shown twice', () => {
    const article = articleFrom(archive, '2023-09-29-image-object.md');
    expect(article.image).toEqual({ src: '/assets/img/newsdao_breakingnews.jpg', alt: '뉴스다오 속보' });
    expect(elements(article.body, 'img')).toEqual([]);
  });

  test('feature_image is the banner when there is no image', () => {
    expect(articleFrom(archive, '2023-09-30-feature-image.md').image).toEqual({
      src: '/assets/img/newsdao_breakingnews.jpg',
      alt: '',
    });
  });

  test('excerpt_separator: the excerpt is the text before it, and the marker does not show', () => {
    const article = articleFrom(archive, '2023-10-01-excerpt-separator.md');
    expect(article.excerpt).toBe('이 문단까지가 요약입니다.');
    expect(html(article.body)).toContain('여기부터는 요약에 들지 않습니다.');
    expect(html(article.body)).not.toContain('요약 끝');
  });

  test('no title: taken from the file name, with a warning', () => {
    expect(articleFrom(archive, '2023-10-03-no-title.md').title).toBe('No Title');
    expect(problemsOf(archive, '2023-10-03-no-title.md')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'title' }),
    ]);
  });
});

describe('bodies', () => {
  test('Tistory paste: no data-ke-*, class or style; the onerror handler goes, the picture stays', () => {
    const body = html(articleFrom(archive, '2023-09-21-tistory-paste.html').body);
    expect(body).not.toMatch(/data-ke|class=|style=|onerror|srcset/);
    expect(body).toContain('<img src="https://blog.kakaocdn.net/dn/abc/img.jpg"');
    expect(body).toContain('<figcaption>행사장 전경</figcaption>');
  });

  test('a lazy-loaded picture whose src is a placeholder shows its data-src', () => {
    const images = elements(articleFrom(archive, '2023-09-21-tistory-paste.html').body, 'img');
    expect(images.map((image) => image.properties.src)).toContain(
      'https://blog.kakaocdn.net/dn/lazy/photo.png',
    );
    expect(images.map((image) => String(image.properties.src))).not.toContainEqual(
      expect.stringMatching(/^data:/),
    );
  });

  test('a whole pasted HTML document: head, title, base, meta refresh, style and script are gone, the body stays', () => {
    const article = articleFrom(archive, '2023-09-21-tistory-paste.html');
    const body = html(article.body);
    expect(body).not.toMatch(/<(html|head|body|title|base|meta|style|script|form|input|button)\b/);
    expect(body).not.toContain('붙여넣은 문서 제목');
    expect(body).not.toContain('hacked');
    expect(body).toContain('<p>티스토리 본문 첫 문단입니다.</p>');
  });

  test('a Tistory [##_Image_##] placeholder stays visible and is named at its line', () => {
    expect(html(articleFrom(archive, '2023-09-21-tistory-paste.html').body)).toContain(
      '<p>[##_Image|kage@bXyZ12',
    );
    expect(problemsOf(archive, '2023-09-21-tistory-paste.html')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'body',
        line: 21,
        column: 4,
        message: expect.stringContaining('Tistory placeholder'),
      }),
    ]);
  });

  test('an .html post is HTML, not markdown: its body is taken as written', () => {
    expect(html(articleFrom(archive, '2023-09-21-tistory-paste.html').body)).toContain('<p>본문 끝.</p>');
  });

  test('a YouTube iframe stays sandboxed and lazy; another host becomes a link', () => {
    const body = articleFrom(archive, '2023-09-21-tistory-paste.html').body;
    const [iframe, ...others] = elements(body, 'iframe');
    expect(others).toEqual([]);
    expect(iframe?.properties).toMatchObject({
      src: 'https://www.youtube.com/embed/abc123',
      loading: 'lazy',
    });
    expect(iframe?.properties.sandbox).toBeDefined();
    expect(elements(body, 'a').map((link) => link.properties.href)).toContain(
      'https://ads.example.com/banner',
    );
  });

  test('a block inside a heading is flattened to its text', () => {
    const body = articleFrom(archive, '2023-09-21-tistory-paste.html').body;
    const [heading] = elements(body, 'h2');
    expect(heading && html({ type: 'root', children: [heading] })).toBe('<h2>제목 안의 상자</h2>');
  });

  test('invalid nesting is repaired: no figure in a p, no p or list in a heading, no p in a p', () => {
    const body = articleFrom(archive, '2023-10-04-nesting.md').body;
    for (const paragraph of elements(body, 'p')) {
      expect(elements(paragraph, 'p').filter((inner) => inner !== paragraph)).toEqual([]);
      expect(elements(paragraph, 'figure')).toEqual([]);
    }
    const [heading] = elements(body, 'h3');
    expect(heading && html({ type: 'root', children: [heading] })).toBe('<h3>문단이 든 제목  목록</h3>');
    expect(html(body)).toContain('<div>앞<p>단추 안 문단</p>뒤</div>');
  });

  test('Liquid: site.baseurl is empty, post_url is the article URL by the same slug rule', () => {
    const body = html(articleFrom(archive, '2023-09-22-liquid.md').body);
    expect(body).toContain('<img src="/assets/img/logo.png"');
    expect(body).toContain('<a href="/articles/2023-09-18-category-shapes">지난 기사</a>');
  });

  test('Liquid: raw keeps its content as written, comment is dropped, highlight becomes a code block', () => {
    const body = html(articleFrom(archive, '2023-09-22-liquid.md').body);
    expect(body).toContain('<p>템플릿 예: {{ page.title }}</p>');
    expect(body).not.toContain('편집자 메모');
    expect(body).toContain('<code class="language-ruby">puts "{{ 그대로 }}"');
  });

  test('Liquid: include stays visible as text and is warned about at its line and column', () => {
    expect(html(articleFrom(archive, '2023-09-22-liquid.md').body)).toContain(
      '<p>{% include ad-banner.html %}</p>',
    );
    expect(problemsOf(archive, '2023-09-22-liquid.md')).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        field: 'body',
        line: 11,
        column: 1,
        message: expect.stringContaining('{% include ad-banner.html %}'),
      }),
    );
  });

  test('Liquid: a post_url to a post not in the archive is a warning at its place', () => {
    expect(problemsOf(archive, '2023-09-22-liquid.md')).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        line: 7,
        column: 61,
        message: expect.stringContaining('2020-01-01-missing'),
      }),
    );
  });

  test('--- lines and {{ }} inside fenced code stay literal', () => {
    expect(html(articleFrom(archive, '2023-09-22-liquid.md').body)).toContain(
      '<code class="language-yaml">---\ntitle: {{ page.title }}\n---\n</code>',
    );
  });

  test('kramdown attribute lists vanish; an image keeps width from them', () => {
    const body = html(articleFrom(archive, '2023-10-02-kramdown-tables.md').body);
    expect(body).not.toContain('{:');
    expect(body).toContain('<img src="/assets/img/chart.png" alt="도표" width="400"');
  });

  test('a GFM table written with trailing spaces and tabs is a table', () => {
    const body = articleFrom(archive, '2023-10-02-kramdown-tables.md').body;
    expect(elements(body, 'th').map((cell) => cell.children[0])).toEqual([
      expect.objectContaining({ value: '구분' }),
      expect.objectContaining({ value: '값' }),
    ]);
    expect(elements(body, 'td')).toHaveLength(4);
  });

  test('zero-width and bidi-override characters are removed from title and body; a heading behind one still works', () => {
    const article = articleFrom(archive, '2023-10-02-kramdown-tables.md');
    expect(article.title).toBe('크람다운과 표');
    expect(html(article.body)).not.toMatch(/[\u200b\u202a-\u202e]/);
    expect(html(article.body)).toContain('<h2>숨은 문자 뒤의 제목</h2>');
  });
});

describe('files', () => {
  test('a name with spaces, Korean and punctuation gives a hyphenated slug without the punctuation', () => {
    expect(articleFrom(archive, "2023-09-23-공백 이름 'quote'!?&[](괄호).md").slug).toBe(
      '2023-09-23-공백-이름-quote-괄호',
    );
  });

  test('a name without a date prefix takes its date from front matter and keeps its name as slug', () => {
    const article = articleFrom(archive, 'no-date-prefix.md');
    expect(article.slug).toBe('no-date-prefix');
    expect(article.date.toISOString()).toBe('2023-09-23T15:00:00.000Z');
  });

  test('a Korean name saved in NFD gives an NFC slug', () => {
    const article = articleFrom(archive, '2023-09-25-한글-이름.md');
    expect(article.slug).toBe('2023-09-25-한글-이름'.normalize('NFC'));
    expect(article.slug).toBe(article.slug.normalize('NFC'));
  });

  test('.markdown in a nested folder is a post; the folders are not in the slug', () => {
    expect(articleFrom(archive, 'news/2023/2023-09-20-nested-folder.markdown').slug).toBe(
      '2023-09-20-nested-folder',
    );
  });

  test('CRLF with a byte-order mark, and lone CR line endings, read like LF', () => {
    expect(articleFrom(archive, '2023-09-26-crlf-bom.md').title).toBe('CRLF와 BOM');
    expect(articleFrom(archive, '2023-09-27-cr-only.md').title).toBe('CR 줄바꿈');
    expect(html(articleFrom(archive, '2023-09-26-crlf-bom.md').body)).not.toContain('\r');
  });

  test('every article is JSON-serialisable apart from its dates', () => {
    for (const article of archive.articles) {
      const copy: unknown = JSON.parse(JSON.stringify(article));
      expect(copy).toEqual({
        ...article,
        date: article.date.toISOString(),
        updated: article.updated.toISOString(),
      });
    }
  });
});
