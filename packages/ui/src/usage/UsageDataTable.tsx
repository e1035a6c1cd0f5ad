import type { UsageBreakdown, UsageBucket } from '@usage-kit/core'
import { memo } from 'react'
import { ChartTableBox } from '../chart/ChartDataTable.js'
import type { Translate } from '../i18n/useMessages.js'
import { dataFlag } from '../primitives/dataFlag.js'
import type { BucketText } from './text.js'

export interface UsageDataTableProps {
  id: string
  breakdown: UsageBreakdown
  visible: readonly boolean[]
  names: readonly string[]
  activeIndex: number
  describe: (bucket: UsageBucket) => BucketText
  t: Translate
}

/**
 * The chart as a table: one row per bucket, oldest first, a column per visible group and the
 * bucket's total.
 */
export function UsageDataTable({
  id,
  breakdown,
  visible,
  names,
  activeIndex,
  describe,
  t,
}: UsageDataTableProps) {
  return (
    <ChartTableBox id={id} caption={t('usage.table')}>
      <thead>
        <tr>
          <th scope="col" className="uk-chart__th">
            {t('usage.period')}
          </th>
          {names.map((name, g) =>
            visible[g] ? (
              <th key={g} scope="col" className="uk-chart__th" data-numeric="">
                <bdi>{name}</bdi>
              </th>
            ) : null,
          )}
          <th scope="col" className="uk-chart__th" data-numeric="">
            {t('usage.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {breakdown.buckets.map((bucket, i) => (
          <UsageDataRow
            key={bucket.start}
            text={describe(bucket)}
            visible={visible}
            active={i === activeIndex}
          />
        ))}
      </tbody>
    </ChartTableBox>
  )
}

/** One row, memoized: moving across bars changes one row's highlight, not every row. */
const UsageDataRow = memo(function UsageDataRow({
  text,
  visible,
  active,
}: {
  text: BucketText
  visible: readonly boolean[]
  active: boolean
}) {
  return (
    <tr className="uk-chart__row" data-active={dataFlag(active)}>
      <th scope="row" className="uk-chart__td">
        {text.period}
      </th>
      {text.values.map((value, g) =>
        visible[g] ? (
          <td key={g} className="uk-chart__td" data-numeric="">
            <bdi>{value}</bdi>
          </td>
        ) : null,
      )}
      <td className="uk-chart__td" data-numeric="">
        <bdi>{text.total}</bdi>
      </td>
    </tr>
  )
})
