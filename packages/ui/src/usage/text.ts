/**
 * The chart in words: group names, a bucket's period, and a bucket's values. The tooltip, the
 * live region, the legend and the data table share them, so they never disagree.
 */
import type { UsageBucket, UsageGroup, UsageInterval } from '@usage-kit/core'
import type { CSSProperties } from 'react'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { SERIES_COUNT } from '../theme/tokens.js'

/** A group's name: its key as the provider wrote it, else 'No category' or 'Other'. */
export function groupName(group: UsageGroup, t: Translate): string {
  if (group.other) return t('usage.other')
  return group.key ?? t('usage.uncategorized')
}

/** The palette slot of the group at `index`: '1' to '8' in turn, 'other' for the merged rest. */
export function seriesSlot(group: UsageGroup, index: number): string {
  return group.other ? 'other' : String((index % SERIES_COUNT) + 1)
}

/**
 * What marks an element as the group's series: `data-series` (the styling contract) and its
 * colour as `--_uk-series`, which the bars fill with and the swatches paint.
 */
export function seriesProps(group: UsageGroup, index: number) {
  const slot = seriesSlot(group, index)
  return {
    'data-series': slot,
    style: { '--_uk-series': `var(--_uk-series-${slot})` } as CSSProperties,
  }
}

/** A bucket in words: its period, its total, and each group's value (in the groups' order). */
export interface BucketText {
  period: string
  total: string
  values: string[]
}

/**
 * A describer for buckets, remembering each bucket's words (buckets keep their identity while
 * the breakdown does): moving across bars, or opening the table, formats each bucket once.
 * Periods read in the display zone: an hour as date and time, a day as its date, a week as
 * 'Week of <date>', a month as 'January 2026'.
 */
export function bucketDescriber(
  interval: UsageInterval,
  formatters: Formatters,
  t: Translate,
): (bucket: UsageBucket) => BucketText {
  let month: Intl.DateTimeFormat | null = null
  const period = (start: string) => {
    if (interval === 'hour') return formatters.dateTime(start)
    if (interval === 'day') return formatters.date(start)
    if (interval === 'week') return t('usage.weekOf', { date: formatters.date(start) })
    month ??= new Intl.DateTimeFormat(formatters.locale, {
      month: 'long',
      year: 'numeric',
      timeZone: formatters.timeZone,
    })
    return month.format(new Date(start))
  }
  const remembered = new WeakMap<UsageBucket, BucketText>()
  return (bucket) => {
    let text = remembered.get(bucket)
    if (!text) {
      text = {
        period: period(bucket.start),
        total: formatters.credits(bucket.total),
        values: bucket.values.map((value) => formatters.credits(value)),
      }
      remembered.set(bucket, text)
    }
    return text
  }
}
