import { describe, expect, test } from 'vitest';

import { articleUrlForPostName, resolveLiquid } from '@/lib/content/liquid';

import { check, html, lineOf, post } from './support/posts';

const markdown = (text: string) => resolveLiquid(text, { markdown: true });

describe('resolveLiquid', () => {
  test('site.baseurl and site.url are empty, with or without whitespace control', () => {
    expect(markdown('{{ site.url }}{{ site.baseurl }}/a.png {{- site.baseurl -}}/b').text).toBe('/a.png /b');
  });

  test('a quoted path through relative_url or absolute_url is that path from the root', () => {
    expect(markdown('{{ \'assets/x.png\' | relative_url }} {{ "/y" | absolute_url }}').text).toBe(
      '/assets/x.png /y',
    );
  });

  test('post_url gives the article URL by the slug rule, percent-encoded for Korean', () => {
    const result = markdown('[a]({% post_url 2024-01-02-경제 뉴스 %})');
    expect(result.text).toBe(`[a](/articles/${encodeURIComponent('2024-01-02-경제-뉴스')})`);
    expect(result.postLinks).toEqual([
      { name: '2024-01-02-경제 뉴스', slug: '2024-01-02-경제-뉴스', line: 1, column: 5 },
    ]);
  });

  test('post_url with a folder, and link to a _posts file, resolve the same way', () => {
    expect(markdown('{% post_url news/2024-01-02-a %} {% link _posts/2024-01-02-a.md %}').text).toBe(
      '/articles/2024-01-02-a /articles/2024-01-02-a',
    );
  });

  test('raw keeps its content as written, across lines', () => {
    expect(markdown('{% raw %}{{ a }}\n{% if x %}{% endraw %} 끝').text).toBe('{{ a }}\n{% if x %} 끝');
  });

  test('comment is removed with its content', () => {
    expect(markdown('앞{% comment %}메모\n둘째 줄{% endcomment %}뒤').text).toBe('앞\n뒤');
  });

  test('highlight becomes a fenced code block whose content is literal', () => {
    expect(markdown('{% highlight js %}\nconst a = `{{ b }}`;\n{% endhighlight %}').text).toBe(
      '```js\nconst a = `{{ b }}`;\n```',
    );
  });

  test('in an HTML post, highlight becomes escaped <pre><code> on the same lines', () => {
    expect(
      resolveLiquid('{% highlight html %}\n<b>굵게</b> & {{ x }}\n{% endhighlight %}', { markdown: false })
        .text,
    ).toBe('<pre><code class="language-html">\n&lt;b&gt;굵게&lt;/b&gt; &amp; {{ x }}</code></pre>');
  });

  test('include, if, for and unknown variables stay as written, each noted with its line and column', () => {
    const result = markdown('첫 줄\n  {% include a.html %} {{ page.title }}\n{% if x %}');
    expect(result.text).toBe('첫 줄\n  {% include a.html %} {{ page.title }}\n{% if x %}');
    expect(result.notes.map((note) => [note.line, note.column])).toEqual([
      [2, 3],
      [2, 24],
      [3, 1],
    ]);
    expect(result.notes[0]?.message).toBe('Liquid {% include a.html %} is not run; it shows as written');
  });

  test('fenced code is never touched: {{ }}, {% %} and --- stay literal', () => {
    const text = '```\n---\n{{ site.baseurl }}\n{% include x %}\n```\n~~~\n{{ site.url }}\n~~~';
    const result = markdown(text);
    expect(result.text).toBe(text);
    expect(result.notes).toEqual([]);
  });

  test('inline code is never touched in markdown', () => {
    expect(markdown('`{{ site.baseurl }}` {{ site.baseurl }}x').text).toBe('`{{ site.baseurl }}` x');
  });

  test('in an HTML post backticks are text, so Liquid inside them is resolved', () => {
    expect(resolveLiquid('`{{ site.baseurl }}/x`', { markdown: false }).text).toBe('`/x`');
  });

  test('a raw block that never closes is noted at its opening', () => {
    const result = markdown('앞\n{% raw %}{{ a }}');
    expect(result.text).toBe('앞\n{{ a }}');
    expect(result.notes).toEqual([
      expect.objectContaining({ line: 2, column: 1, message: expect.stringContaining('never closed') }),
    ]);
  });

  test('braces that are not Liquid stay as they are', () => {
    expect(markdown('{ a } {{ 열림만').text).toBe('{ a } {{ 열림만');
    expect(markdown('{ a } {{ 열림만').notes).toEqual([]);
  });

  test('a {% tag left open on its line stays visible and is noted', () => {
    const result = markdown('앞 {% include a.html\n  x="1" %}');
    expect(result.text).toBe('앞 {% include a.html\n  x="1" %}');
    expect(result.notes).toEqual([
      expect.objectContaining({
        line: 1,
        column: 3,
        message: expect.stringContaining('not closed on its line'),
      }),
    ]);
  });

  test('a fence indented inside a list item is code too', () => {
    const text = '- 항목\n\n      ```\n      {{ site.baseurl }}\n      ```';
    expect(markdown(text).text).toBe(text);
  });
});

describe('articleUrlForPostName', () => {
  test('drops folders and extensions, and uses the slug rule', () => {
    expect(articleUrlForPostName('_posts/2024/2024-01-02-Hello World.markdown')).toEqual({
      slug: '2024-01-02-hello-world',
      url: '/articles/2024-01-02-hello-world',
    });
  });
});

describe('Liquid in a post', () => {
  test('warnings carry the real file line and column', () => {
    const source = post(['title: 제목'], '첫 문단\n\n그리고 {{ page.date }}');
    const result = check(source);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'body',
        line: lineOf(source, '그리고 {{ page.date }}'),
        column: 5,
      }),
    ]);
    expect(html(result.article!.body)).toContain('그리고 {{ page.date }}');
  });

  test('the result lists post_url targets on their file lines', () => {
    const source = post(['title: 제목'], '본문\n[앞 기사]({% post_url 2024-01-01-a %})');
    expect(check(source).postLinks).toEqual([
      expect.objectContaining({
        slug: '2024-01-01-a',
        line: lineOf(source, '[앞 기사]({% post_url 2024-01-01-a %})'),
      }),
    ]);
  });
});
