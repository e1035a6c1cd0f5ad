export { BalanceChart } from './BalanceChart.js'
export type {
  BalanceChartFill,
  BalanceChartLedger,
  BalanceChartPoint,
  BalanceChartProps,
  BalanceChartState,
} from './types.js'
