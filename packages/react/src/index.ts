/**
 * @usage-kit/react: headless hooks over @usage-kit/core.
 *
 * The hooks (`UsageKitProvider`, `useLedger`, filter state, balance and totals) arrive with the hooks
 * issue; this entry point exists now so the workspace, its build and its exports are in place.
 */
export const USAGE_KIT_REACT_VERSION = '0.1.0'
