/** Share addresses that need no script of theirs: each service's own page, opened with the article's URL. */
export type ShareLink = {
  service: string;
  label: string;
  /** What a screen reader announces. */ name: string;
  href: string;
};

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { service: 'x', label: 'X', name: 'X에 공유', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    {
      service: 'facebook',
      label: '페이스북',
      name: '페이스북에 공유',
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    {
      service: 'naver',
      label: '네이버',
      name: '네이버에 공유',
      href: `https://share.naver.com/web/shareView?url=${u}&title=${t}`,
    },
    { service: 'email', label: '이메일', name: '이메일로 공유', href: `mailto:?subject=${t}&body=${u}` },
  ];
}
