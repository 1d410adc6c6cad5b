type Props = { title: string; category: string | undefined; siteName: string };

/** The 1200×630 card shared for an article without a picture of its own, laid out for Satori. */
export function ArticleOgImage({ title, category, siteName }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#ffffff',
        borderTop: '24px solid #b3261e',
        color: '#1b1d21',
        fontFamily: 'Pretendard',
      }}
    >
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 800, color: '#b3261e' }}>
        {category ?? siteName}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: title.length > 40 ? 56 : 68,
          fontWeight: 800,
          lineHeight: 1.3,
          wordBreak: 'keep-all',
        }}
      >
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 32, fontWeight: 400, color: '#5b616b' }}>{siteName}</div>
    </div>
  );
}
