/**
 * @usage-kit/ui: the styled components (`LedgerTable`, `LedgerFilterBar`, `BalanceChart`,
 * `UsageHistory`) arrive with the ui issue; this entry point exists now so the workspace, its build
 * and its exports are in place.
 */
export const USAGE_KIT_UI_VERSION = '0.1.0'
