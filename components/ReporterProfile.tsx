import type { Reporter } from '@/lib/content';

type Props = { reporter: Reporter };

/** Under a reporter page's heading: their e-mail and bio. */
export function ReporterProfile({ reporter }: Props) {
  if (!reporter.email && !reporter.bio) return null;
  return (
    <div className="reporter-profile">
      {reporter.email && (
        <p className="reporter-profile__email">
          <a href={`mailto:${reporter.email}`}>{reporter.email}</a>
        </p>
      )}
      {reporter.bio && <p className="reporter-profile__bio">{reporter.bio}</p>}
    </div>
  );
}
