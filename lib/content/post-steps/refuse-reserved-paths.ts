import { reservedRouteOf } from '../../reserved-paths';
import { madeEarlier, type PostStep } from './post-step';

const POST_FIELDS = new Set(['permalink', 'redirect_from']);

/**
 * An old address a post names itself (`permalink`, `redirect_from`) that is one of the site's own
 * routes (its feed, sitemap, search, pictures…) is an error naming that route: a redirect there would
 * take the route over for every reader.
 */
export const refuseReservedPaths: PostStep = (_post, draft) => {
  const sources = madeEarlier(draft.legacyPathSources, 'legacyPathSources');
  const problems = Object.entries(sources).flatMap(([legacyPath, source]) => {
    const route = POST_FIELDS.has(source.field) ? reservedRouteOf(legacyPath) : undefined;
    if (!route) return [];
    return [
      {
        severity: 'error' as const,
        field: source.field,
        line: source.line,
        message: `the old address ${legacyPath} is the site's own address (${route}), so it cannot redirect to this post`,
        hint: `remove ${legacyPath} from ${source.field}; keep only addresses the old site gave this post`,
      },
    ];
  });
  return { problems, refuse: problems.length > 0 };
};
