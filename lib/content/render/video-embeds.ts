import type { Element } from 'hast';

/** Hosts whose players may be embedded; every other iframe becomes a plain link. */
const VIDEO_HOSTS = [
  'www.youtube.com',
  'youtube.com',
  'm.youtube.com',
  'www.youtube-nocookie.com',
  'tv.naver.com',
  'tv.kakao.com',
  'play-tv.kakao.com',
];

/** Hosts served by a player the CSP's frame-src names (config/security-headers.js), for bare `youtube.com`. */
const PLAYER_HOST: Record<string, string> = {
  'youtube.com': 'www.youtube.com',
  'm.youtube.com': 'www.youtube.com',
};

/** A bare `youtube.com` (or mobile) player address on the host the CSP allows, so the embed loads. */
export function playerUrl(src: string): string {
  try {
    const url = new URL(src);
    const host = PLAYER_HOST[url.hostname];
    if (!host) return src;
    url.hostname = host;
    return url.href;
  } catch {
    return src;
  }
}

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
    src: typeof iframe.properties.src === 'string' ? playerUrl(iframe.properties.src) : iframe.properties.src,
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
