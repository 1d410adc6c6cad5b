import { formatDotDate, formatDotDateTime, formatIso, formatKoreanDate } from '@/lib/clock';

type Props = {
  date: Date;
  className?: string;
  /** `dot` prints `2023.09.18 09:00` (with the time when `withTime`); `long` prints `2023년 9월 18일`. */
  style?: 'long' | 'dot';
  withTime?: boolean;
};

export function ArticleDate({ date, className, style = 'long', withTime = false }: Props) {
  const text =
    style === 'long' ? formatKoreanDate(date) : withTime ? formatDotDateTime(date) : formatDotDate(date);
  return (
    <time dateTime={formatIso(date)} className={className}>
      {text}
    </time>
  );
}
