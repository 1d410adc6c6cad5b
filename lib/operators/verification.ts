import type { Metadata } from 'next';

import type { OperatorSettings } from '@/config/operator-settings';

/**
 * The portals' ownership `<meta>` tags through Next's `metadata.verification`: Google and Naver by
 * name (`google-site-verification`, `naver-site-verification`), Bing's `msvalidate.01` through `other`.
 */
export function verificationMetadata({ verification }: OperatorSettings): Metadata['verification'] {
  const other: Record<string, string> = {};
  if (verification.naver) other['naver-site-verification'] = verification.naver;
  if (verification.bing) other['msvalidate.01'] = verification.bing;
  const tags = {
    ...(verification.google ? { google: verification.google } : {}),
    ...(Object.keys(other).length > 0 ? { other } : {}),
  };
  return Object.keys(tags).length > 0 ? tags : undefined;
}
