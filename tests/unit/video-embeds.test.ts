import { describe, expect, test } from 'vitest';

import { renderMarkdown } from '@/lib/content/render/render-markdown';
import { isAllowedVideoUrl } from '@/lib/content/render/video-embeds';

import { elements, html } from './support/posts';

describe('iframes in post bodies', () => {
  test('a YouTube iframe is kept, sandboxed and lazy', () => {
    const tree = renderMarkdown(
      '<iframe src="https://www.youtube.com/embed/abc123" width="560" height="315" frameborder="0" allow="autoplay; clipboard-write" allowfullscreen onload="x()"></iframe>',
    );
    const [iframe] = elements(tree, 'iframe');
    expect(iframe).toBeDefined();
    expect(iframe!.properties.src).toBe('https://www.youtube.com/embed/abc123');
    expect(iframe!.properties.sandbox).toEqual([
      'allow-scripts',
      'allow-same-origin',
      'allow-presentation',
      'allow-popups',
    ]);
    expect(iframe!.properties.loading).toBe('lazy');
    expect(iframe!.properties.width).toBe(560);
    expect(iframe!.properties.height).toBe(315);
    expect(iframe!.properties.title).toBe('동영상');
    // The editor's own `allow` (autoplay, clipboard) is replaced by ours, and handlers are gone.
    expect(iframe!.properties.allow).toBe('fullscreen; picture-in-picture; encrypted-media');
    expect(html(tree)).not.toMatch(/onload|autoplay|clipboard|frameborder|allowfullscreen/);
  });

  test('youtube.com without www is kept too', () => {
    const tree = renderMarkdown('<iframe src="https://youtube.com/embed/abc"></iframe>');
    expect(elements(tree, 'iframe')).toHaveLength(1);
  });

  test('an iframe to another host becomes a plain link to it', () => {
    const tree = renderMarkdown('<iframe src="https://ads.example.com/banner?id=1" width="300"></iframe>');
    expect(elements(tree, 'iframe')).toEqual([]);
    const [link] = elements(tree, 'a');
    expect(link?.properties.href).toBe('https://ads.example.com/banner?id=1');
    expect(link?.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(html(tree)).toContain('외부 콘텐츠 보기');
  });

  test('a host that only starts like youtube.com is not trusted', () => {
    const tree = renderMarkdown('<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>');
    expect(elements(tree, 'iframe')).toEqual([]);
    expect(elements(tree, 'a')[0]?.properties.href).toBe('https://www.youtube.com.evil.example/embed/x');
  });

  test('a YouTube iframe over plain http becomes a link', () => {
    const tree = renderMarkdown('<iframe src="http://www.youtube.com/embed/abc"></iframe>');
    expect(elements(tree, 'iframe')).toEqual([]);
    expect(elements(tree, 'a')).toHaveLength(1);
  });

  test('an iframe with srcdoc or a javascript: src leaves nothing behind', () => {
    const out = html(
      renderMarkdown(
        '<iframe srcdoc="<script>alert(1)</script>"></iframe><iframe src="javascript:alert(1)"></iframe>본문',
      ),
    );
    expect(out).not.toMatch(/iframe|srcdoc|alert|javascript|<a/);
    expect(out).toContain('본문');
  });
});

describe('isAllowedVideoUrl', () => {
  test('accepts https players of the listed hosts', () => {
    expect(isAllowedVideoUrl('https://www.youtube.com/embed/x')).toBe(true);
    expect(isAllowedVideoUrl('https://www.youtube-nocookie.com/embed/x')).toBe(true);
    expect(isAllowedVideoUrl('https://tv.naver.com/embed/123')).toBe(true);
    expect(isAllowedVideoUrl('https://play-tv.kakao.com/embed/player/cliplink/1')).toBe(true);
  });

  test('refuses other hosts, http, relative URLs and non-strings', () => {
    expect(isAllowedVideoUrl('https://evil.example/embed')).toBe(false);
    expect(isAllowedVideoUrl('http://www.youtube.com/embed/x')).toBe(false);
    expect(isAllowedVideoUrl('//www.youtube.com/embed/x')).toBe(false);
    expect(isAllowedVideoUrl('/embed/x')).toBe(false);
    expect(isAllowedVideoUrl(undefined)).toBe(false);
    expect(isAllowedVideoUrl(['https://www.youtube.com/embed/x'])).toBe(false);
  });
});
