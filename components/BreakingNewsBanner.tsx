import type { Root } from 'hast';
import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

import type { ArticleImage } from '@/lib/content';
import { imageCaptionText } from '@/lib/content/image-caption';

import { RenderedMarkdown } from './RenderedMarkdown';

type Props = {
  image: ArticleImage | undefined;
  featureText: Root | undefined;
  /** `breaking: true`: only then does the banner say 속보. */
  breaking: boolean;
};

/**
 * The article's banner: its picture and its `feature_text`. Breaking news is a region labelled 속보; any
 * other article (a feature, a review) gets the same banner without the label.
 */
export function BreakingNewsBanner({ image, featureText, breaking }: Props) {
  if (!image && !featureText) return null;
  return (
    <section
      className={breaking ? 'breaking-banner' : 'breaking-banner breaking-banner--feature'}
      aria-labelledby={breaking ? 'breaking-banner-label' : undefined}
      aria-label={breaking ? undefined : '기사 배너'}
    >
      {breaking && (
        <p id="breaking-banner-label" className="breaking-banner__label">
          속보
        </p>
      )}
      {image && <BannerFigure image={image} />}
      {featureText && (
        <div className="breaking-banner__text">
          <RenderedMarkdown tree={featureText} />
        </div>
      )}
    </section>
  );
}

/** The picture, with its caption and `사진=<credit>` under it when the post gives them. */
function BannerFigure({ image }: { image: ArticleImage }) {
  const caption = imageCaptionText(image);
  if (!caption) return <BannerPicture image={image} />;
  return (
    <figure className="breaking-banner__figure article-figure">
      <BannerPicture image={image} />
      <figcaption className="article-figure__caption">{caption}</figcaption>
    </figure>
  );
}

/** The banner's width in the article column, for the browser's choice among the picture's sizes. */
const BANNER_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/**
 * The banner picture, the largest thing on an article page and the first to load. A picture of the
 * site's own (`/assets/…`) goes through Next's image optimiser, so a phone downloads a WebP as wide as its
 * screen instead of the 1200 px original; a picture from another site is shown as it is. The optimiser's
 * sizes are taken with getImageProps and set on a plain <img>: next/image's component would ship client
 * JavaScript to every article for nothing a reader sees. Sizes are fixed by CSS (aspect-ratio), so the
 * banner never shifts the layout while loading.
 */
function BannerPicture({ image }: { image: ArticleImage }) {
  // Next's optimiser refuses a local address with a query (`/a.jpg?v=2`): such a picture is shown as it is.
  const ownPicture = image.src.startsWith('/') && !image.src.startsWith('//') && !/[?#]/.test(image.src);
  if (!ownPicture) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- another site's picture: the optimiser would refuse it
      <img
        className="breaking-banner__image"
        src={image.src}
        alt={image.alt}
        width={1200}
        height={630}
        fetchPriority="high"
      />
    );
  }
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: 1200,
    height: 630,
    sizes: BANNER_SIZES,
    preload: true,
  });
  preload(props.src, {
    as: 'image',
    imageSrcSet: props.srcSet,
    imageSizes: props.sizes,
    fetchPriority: 'high',
  });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in props
  return <img {...props} className="breaking-banner__image" fetchPriority="high" />;
}
