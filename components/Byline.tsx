import type { Reporter } from '@/lib/content';
import { reporterPath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { reporters: Reporter[]; className?: string };

/** `홍길동 기자 hong@newsdao.kr`, as Korean outlets print it under the title and after the body. */
export function Byline({ reporters, className = 'byline' }: Props) {
  if (reporters.length === 0) return null;
  return (
    <p className={className}>
      {reporters.map((reporter, index) => (
        <span key={reporter.id} className="byline__reporter">
          {index > 0 && ' · '}
          {reporter.slug ? (
            <SiteLink href={reporterPath(reporter.slug)}>{reporter.name}</SiteLink>
          ) : (
            reporter.name
          )}{' '}
          {reporter.role}
          {reporter.email && (
            <>
              {' '}
              <a className="byline__email" href={`mailto:${reporter.email}`}>
                {reporter.email}
              </a>
            </>
          )}
        </span>
      ))}
    </p>
  );
}
