import type { OperatorSettings } from '@/config/operator-settings';

import { AdSenseScript } from './AdSenseScript';
import { GoogleAnalytics } from './GoogleAnalytics';
import { NaverAnalytics } from './NaverAnalytics';
import { VercelAnalytics } from './VercelAnalytics';

type Props = { settings: OperatorSettings };

/** The scripts of the providers the operator switched on, and nothing when none is. */
export function ThirdPartyScripts({ settings }: Props) {
  return (
    <>
      {settings.ga4Id && <GoogleAnalytics measurementId={settings.ga4Id} />}
      {settings.naverAnalyticsId && <NaverAnalytics siteId={settings.naverAnalyticsId} />}
      {settings.vercelAnalytics && <VercelAnalytics />}
      {settings.adsenseClient && <AdSenseScript client={settings.adsenseClient} />}
    </>
  );
}
