import { formatIso, formatKoreanDate } from '@/lib/clock';

type Props = { date: Date; className?: string };

export function ArticleDate({ date, className }: Props) {
  return (
    <time dateTime={formatIso(date)} className={className}>
      {formatKoreanDate(date)}
    </time>
  );
}
