import type { Element } from 'hast';

/** Hosts whose players may be embedded; every other iframe becomes a plain link. */
const VIDEO_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'tv.naver.com',
  'tv.kakao.com',
  'play-tv.kakao.com',
];

export function isAllowedVideoUrl(src: unknown): src is string {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && VIDEO_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** Attributes that keep an allowed player boxed in: no top navigation, no forms, loaded on demand. */
export function hardenVideoEmbed(iframe: Element): void {
  iframe.properties = {
    src: iframe.properties.src,
    title: iframe.properties.title ?? '동영상',
    width: iframe.properties.width,
    height: iframe.properties.height,
    sandbox: ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups'],
    // `allow` grants fullscreen; a second, legacy `allowfullscreen` makes Chromium log a console warning.
    allow: 'fullscreen; picture-in-picture; encrypted-media',
    loading: 'lazy',
    referrerPolicy: 'strict-origin-when-cross-origin',
  };
}
