import { shareLinks } from '@/lib/share-links';

import { ShareButton } from './ShareButton';

type Props = { url: string; title: string };

/** The share button (the page's one island) and plain links to X, Facebook, Naver and e-mail. */
export function ShareBar({ url, title }: Props) {
  return (
    <div className="share-bar" data-pagefind-ignore="">
      <ShareButton url={url} title={title} />
      <ul className="share-bar__links" aria-label="다른 곳에 공유">
        {shareLinks(url, title).map((link) => (
          <li key={link.service}>
            <a
              href={link.href}
              {...(link.service === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
              aria-label={link.name}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
