import { formatKoreanDate, isoInSeoul } from '@/lib/display-dates';

type Props = { date: Date; className?: string };

export function ArticleDate({ date, className }: Props) {
  return (
    <time dateTime={isoInSeoul(date)} className={className}>
      {formatKoreanDate(date)}
    </time>
  );
}
