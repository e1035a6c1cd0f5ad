export { UsageHistory } from './UsageHistory.js'
export {
  DEFAULT_USAGE_HISTORY_PARTS,
  USAGE_HISTORY_PARTS,
  type UsageHistoryPart,
  type UsageHistoryProps,
} from './types.js'
export type { UsageHistoryChart } from './ChartSwitch.js'
