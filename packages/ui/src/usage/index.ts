export { UsageChart } from './UsageChart.js'
export type {
  UsageChartBucket,
  UsageChartGroup,
  UsageChartProps,
  UsageChartState,
} from './types.js'
