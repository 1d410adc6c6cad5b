// Types for security-headers.js, which next.config.js requires as CommonJS.
import type { OperatorSettings } from './operator-settings';

export function contentSecurityPolicy(settings?: OperatorSettings, development?: boolean): string;
export function securityHeaders(
  settings?: OperatorSettings,
  development?: boolean,
): { key: string; value: string }[];
