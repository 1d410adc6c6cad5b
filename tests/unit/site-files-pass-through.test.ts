import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { proxy } from '@/proxy';

// Portals and ad networks fetch these files from public/ at the site's root and want them as they are.
const SITE_FILES = [
  '/ads.txt',
  '/naver0123456789abcdef0123456789abcd.html',
  '/google0123456789abcdef.html',
  '/BingSiteAuth.xml',
];

describe('public/ files operators place for portals and ads', () => {
  it.each(SITE_FILES)(
    '%s passes proxy.ts untouched (no redirect, no rewrite), so Next serves the file',
    (file) => {
      const response = proxy(new NextRequest(`https://newsdao.test${file}`));
      expect(response.headers.get('x-middleware-next')).toBe('1');
      expect(response.headers.get('location')).toBeNull();
    },
  );
});
