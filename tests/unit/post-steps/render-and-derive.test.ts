import { describe, expect, test, vi } from 'vitest';

import { deriveExcerpt } from '@/lib/content/post-steps/derive-excerpt';
import { deriveLegacyPaths } from '@/lib/content/post-steps/derive-legacy-paths';
import { normaliseDates } from '@/lib/content/post-steps/normalise-dates';
import { normaliseSlug } from '@/lib/content/post-steps/normalise-slug';
import { normaliseTaxonomy } from '@/lib/content/post-steps/normalise-taxonomy';
import { renderFeatureText } from '@/lib/content/post-steps/render-feature-text';
import { renderPostBody } from '@/lib/content/post-steps/render-post-body';
import { resolvePostLiquid } from '@/lib/content/post-steps/resolve-post-liquid';
import * as render from '@/lib/content/render/render-markdown';

import { html } from '../support/posts';
import { draftAfter, validPost } from './step-support';

describe('resolvePostLiquid', () => {
  test('post_url links are kept with their file line; Liquid left as text is a warning on its line', () => {
    const valid = validPost(['title: 제목'], '{% post_url 2024-01-01-a %}\n{{ site.x | nope }}');
    const outcome = resolvePostLiquid(valid, {});
    expect(outcome.made?.postLinks?.[0]).toMatchObject({ line: 4 });
    expect(outcome.problems?.some((problem) => problem.field === 'body')).toBe(true);
  });
});

describe('renderPostBody', () => {
  test('the marker does not show, and the text before it is kept for the excerpt', () => {
    const valid = validPost([], '요약.\n\n<!--more-->\n\n나머지.');
    const made = draftAfter(valid, [resolvePostLiquid, renderPostBody]);
    expect(html(made.body!).trim()).toBe('<p>요약.</p>\n\n<p>나머지.</p>');
    expect(made.leadText?.trim()).toBe('요약.');
  });

  test('an inline marker joins the text around it, as before', () => {
    const valid = validPost(['excerpt_separator: "[[더보기]]"'], '앞[[더보기]]뒤');
    const made = draftAfter(valid, [resolvePostLiquid, renderPostBody]);
    expect(html(made.body!).trim()).toBe('<p>앞뒤</p>');
    expect(made.leadText).toBe('앞');
  });

  test('the body is rendered once, marker or not', () => {
    const spy = vi.spyOn(render, 'renderMarkdown');
    const valid = validPost([], '요약.\n<!--more-->\n나머지.');
    draftAfter(valid, [resolvePostLiquid, renderPostBody]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  test('a separator the body never contains is a warning on its line', () => {
    const valid = validPost(['excerpt_separator: "[[더보기]]"'], '본문.');
    const outcome = renderPostBody(valid, draftAfter(valid, [resolvePostLiquid]));
    expect(outcome.problems?.[0]).toMatchObject({ field: 'excerpt_separator', line: 2 });
    expect(outcome.made?.leadText).toBeUndefined();
  });
});

describe('deriveExcerpt', () => {
  test('written, else the lead, else the start of the body', () => {
    const written = validPost(['excerpt: " 직접  쓴 요약 "'], '앞.\n<!--more-->\n뒤.');
    expect(
      deriveExcerpt(written, draftAfter(written, [resolvePostLiquid, renderPostBody])).made?.excerpt,
    ).toBe('직접 쓴 요약');
    const lead = validPost([], '앞.\n<!--more-->\n뒤.');
    expect(deriveExcerpt(lead, draftAfter(lead, [resolvePostLiquid, renderPostBody])).made?.excerpt).toBe(
      '앞.',
    );
    const whole = validPost([], '앞.\n\n뒤.');
    expect(deriveExcerpt(whole, draftAfter(whole, [resolvePostLiquid, renderPostBody])).made?.excerpt).toBe(
      '앞. 뒤.',
    );
  });
});

describe('deriveLegacyPaths', () => {
  test('permalink and redirect_from, each with the field and line it came from', () => {
    const valid = validPost(['permalink: /:year/:title.html', 'redirect_from: /old/'], '');
    const outcome = deriveLegacyPaths(
      valid,
      draftAfter(valid, [normaliseDates, normaliseSlug, normaliseTaxonomy]),
    );
    expect(outcome.made?.legacyPaths).toEqual(['/2024/sample-post.html', '/old/']);
    expect(outcome.made?.legacyPathSources).toEqual({
      '/2024/sample-post.html': { field: 'permalink', line: 2 },
      '/old/': { field: 'redirect_from', line: 3 },
    });
  });
});

describe('renderFeatureText', () => {
  test('feature_text is markdown, rendered; absent stays absent', () => {
    expect(
      html(renderFeatureText(validPost(['feature_text: "## 속보"']), {}).made!.featureText!).trim(),
    ).toBe('<h2>속보</h2>');
    expect(renderFeatureText(validPost([]), {}).made?.featureText).toBeUndefined();
  });
});
