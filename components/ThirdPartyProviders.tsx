import type { ThirdPartyProvider } from '@/lib/operators/providers';

type Props = { providers: ThirdPartyProvider[] };

/** For the privacy page: each company this site sends readers' data to, what for, and its own policy. */
export function ThirdPartyProviders({ providers }: Props) {
  if (providers.length === 0)
    return (
      <p className="third-party-providers">
        이 사이트는 방문 통계나 광고를 위한 외부 서비스를 쓰지 않습니다.
      </p>
    );
  return (
    <ul className="third-party-providers">
      {providers.map((provider) => (
        <li key={provider.id}>
          <strong>{provider.name}</strong> ({provider.company}): {provider.purpose}{' '}
          <a href={provider.privacyPolicyUrl} rel="noopener">
            개인정보처리방침
          </a>
        </li>
      ))}
    </ul>
  );
}
