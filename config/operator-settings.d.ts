// Types for operator-settings.js, which next.config.js requires as CommonJS.
export type OperatorSettings = {
  verification: { google?: string; naver?: string; bing?: string };
  ga4Id?: string;
  naverAnalyticsId?: string;
  vercelAnalytics: boolean;
  adsenseClient?: string;
  adSlots: { article?: string; listing?: string };
};
export function operatorSettingsFrom(environment: Record<string, string | undefined>): OperatorSettings;
export const OPERATOR_VARIABLES: string[];
