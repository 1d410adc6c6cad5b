import type { Publisher } from '@/lib/content';

type Props = { publisher: Publisher };

/** The fields 신문법 제21조 and 청소년보호법 ask for, as a description list; empty fields are left out. */
export function PublisherInfo({ publisher }: Props) {
  const rows: [string, string][] = [
    ['제호', publisher.name],
    ['등록번호', publisher.registrationNumber],
    ['등록연월일', publisher.registrationDate],
    ['발행인', publisher.publisher],
    ['편집인', publisher.editor],
    ['청소년보호책임자', publisher.youthProtectionOfficer],
    ['주소', publisher.address],
    ['전화', publisher.phone],
  ];
  return (
    <dl className="publisher-info">
      {rows
        .filter(([, value]) => value !== '')
        .map(([label, value]) => (
          <div key={label} className="publisher-info__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      {publisher.email && (
        <div className="publisher-info__row">
          <dt>이메일</dt>
          <dd>
            <a href={`mailto:${publisher.email}`}>{publisher.email}</a>
          </dd>
        </div>
      )}
    </dl>
  );
}
