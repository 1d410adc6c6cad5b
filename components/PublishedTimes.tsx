import { ArticleDate } from './ArticleDate';

type Props = {
  date: Date;
  dateHasClockTime: boolean;
  updated: Date;
  updatedHasClockTime: boolean;
};

/** `입력 2023.09.18 09:00 · 수정 2023.09.19 14:20`, the 수정 part only when the article changed later. */
export function PublishedTimes({ date, dateHasClockTime, updated, updatedHasClockTime }: Props) {
  const changed = updated.getTime() > date.getTime();
  return (
    <span className="published-times">
      <span className="published-times__entry">
        입력 <ArticleDate date={date} style="dot" withTime={dateHasClockTime} />
      </span>
      {changed && ' · '}
      {changed && (
        <span className="published-times__entry">
          수정 <ArticleDate date={updated} style="dot" withTime={updatedHasClockTime} />
        </span>
      )}
    </span>
  );
}
