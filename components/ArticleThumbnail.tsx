import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

import type { ArticleImage } from '@/lib/content';

type Props = {
  image: ArticleImage;
  /** The picture's width in the layout, for the browser's choice among the optimiser's sizes. */
  sizes: string;
  /** The front page's lead picture: loaded first and at once (the LCP element); every other one lazily. */
  priority?: boolean;
  /** Alt text: empty on cards, whose title beside the picture already says what it is. */
  alt?: string;
  className?: string;
};

/** Next's optimiser refuses another site's picture and a local address with a query (`/a.jpg?v=2`). */
export function isOwnPicture(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//') && !/[?#]/.test(src);
}

/**
 * A listing's picture in a frame of fixed shape (CSS aspect-ratio), so nothing shifts while it loads; the
 * frame's neutral background is what shows if the picture fails, and with an empty alt Chromium draws no
 * broken-image icon. The site's own pictures go through the optimiser as a sized srcset, taken with
 * getImageProps for a plain <img>: next/image's component would ship client JavaScript for nothing.
 */
export function ArticleThumbnail({ image, sizes, priority = false, alt = '', className }: Props) {
  const loading = priority
    ? { fetchPriority: 'high' as const }
    : { loading: 'lazy' as const, decoding: 'async' as const };
  let picture;
  if (!isOwnPicture(image.src)) {
    // eslint-disable-next-line @next/next/no-img-element -- another site's picture: the optimiser would refuse it
    picture = <img src={image.src} alt={alt} width={1200} height={630} {...loading} />;
  } else {
    const { props } = getImageProps({
      src: image.src,
      alt,
      width: 1200,
      height: 630,
      sizes,
      preload: priority,
    });
    if (priority)
      preload(props.src, {
        as: 'image',
        imageSrcSet: props.srcSet,
        imageSizes: props.sizes,
        fetchPriority: 'high',
      });
    // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in props
    picture = <img {...props} {...loading} />;
  }
  return <span className={['article-thumbnail', className].filter(Boolean).join(' ')}>{picture}</span>;
}
