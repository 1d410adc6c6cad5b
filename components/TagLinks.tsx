import { tagSlug } from '@/lib/content/tag-index';
import { tagPath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { tags: string[] };

/** The article's tags, each linking to its tag page (a tag with no usable slug stays text). */
export function TagLinks({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <nav className="article__tags" aria-label="태그">
      <ul>
        {tags.map((tag) => {
          const slug = tagSlug(tag);
          return <li key={tag}>{slug ? <SiteLink href={tagPath(slug)}>#{tag}</SiteLink> : `#${tag}`}</li>;
        })}
      </ul>
    </nav>
  );
}
