import Link from 'next/link';

export const metadata = { title: '블로그', description: 'A plain Next blog: the bench anchor' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body>
        <header>
          <Link href="/">블로그</Link>
        </header>
        {children}
      </body>
    </html>
  );
}
