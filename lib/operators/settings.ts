import { operatorSettingsFrom, type OperatorSettings } from '@/config/operator-settings';

export type { OperatorSettings };

/** What the operator switched on for this build (the same object next.config.js builds the CSP from). */
export const operatorSettings: OperatorSettings = operatorSettingsFrom(process.env);
