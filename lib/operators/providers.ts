import type { OperatorSettings } from '@/config/operator-settings';

/** A company that receives readers' data because the operator switched it on, named on /privacy. */
export type ThirdPartyProvider = {
  id: 'ga4' | 'naver-analytics' | 'vercel-analytics' | 'adsense';
  name: string;
  company: string;
  /** What it does on this site, in the reader's words. */
  purpose: string;
  privacyPolicyUrl: string;
};

const PROVIDERS: Record<ThirdPartyProvider['id'], ThirdPartyProvider> = {
  ga4: {
    id: 'ga4',
    name: 'Google 애널리틱스 4',
    company: 'Google LLC',
    purpose: '방문 통계(조회한 페이지, 유입 경로, 기기 정보)를 쿠키로 수집합니다.',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
  },
  'naver-analytics': {
    id: 'naver-analytics',
    name: '네이버 애널리틱스',
    company: '네이버 주식회사',
    purpose: '방문 통계(조회한 페이지, 유입 경로, 기기 정보)를 쿠키로 수집합니다.',
    privacyPolicyUrl: 'https://policy.naver.com/policy/privacy.html',
  },
  'vercel-analytics': {
    id: 'vercel-analytics',
    name: 'Vercel Web Analytics',
    company: 'Vercel Inc.',
    purpose: '쿠키 없이 페이지 조회 수와 유입 경로를 집계합니다.',
    privacyPolicyUrl: 'https://vercel.com/legal/privacy-policy',
  },
  adsense: {
    id: 'adsense',
    name: 'Google 애드센스',
    company: 'Google LLC',
    purpose: '광고를 보여 주고, 광고 노출과 클릭을 쿠키로 측정합니다.',
    privacyPolicyUrl: 'https://policies.google.com/technologies/ads',
  },
};

/** The providers switched on for this build, in the order their scripts load. */
export function enabledProviders(settings: OperatorSettings): ThirdPartyProvider[] {
  return [
    ...(settings.ga4Id ? [PROVIDERS.ga4] : []),
    ...(settings.naverAnalyticsId ? [PROVIDERS['naver-analytics']] : []),
    ...(settings.vercelAnalytics ? [PROVIDERS['vercel-analytics']] : []),
    ...(settings.adsenseClient ? [PROVIDERS.adsense] : []),
  ];
}
