'use client'

import {
  ledgerCreditCurrency,
  type LedgerEntry,
  type UsageGroup,
  type UsageInterval,
  type WeekStart,
} from '@usage-kit/core'
import { useControllableState, useUsageBreakdown } from '@usage-kit/react'
import { useMemo, useState, type HTMLAttributes, type KeyboardEvent, type MouseEvent } from 'react'
import { stateWithoutEntries } from '../chart/state.js'
import type { ChartLayout } from '../chart/useBalanceChart.js'
import { withCreditCurrency } from '../format/useFormatters.js'
import { pickUsageInterval, usageIntervalChoices } from './intervals.js'
import { bucketIndexAt, usageLayout } from './layout.js'
import { bucketDescriber, groupName } from './text.js'
import type { UsageChartProps, UsageChartState } from './types.js'

const NO_ENTRIES: readonly LedgerEntry[] = []

/** What the entries hold that the controls depend on: the usage's extent and its group keys. */
function usageFacts(entries: readonly LedgerEntry[]) {
  // Timestamps are canonical UTC ISO (LedgerEntry.occurredAt): text order is time order.
  let first = ''
  let last = ''
  let categories = false
  let metrics = false
  for (const entry of entries) {
    if (entry.pending || entry.kind !== 'usage' || entry.credits === null) continue
    const at = entry.occurredAt
    if (first === '' || at < first) first = at
    if (at > last) last = at
    categories ||= entry.category !== null
    metrics ||= entry.metric !== null
  }
  return { first: Date.parse(first), last: Date.parse(last), both: categories && metrics }
}

/**
 * The chart's own props, which stay off the root `<figure>` (everything else goes on it). A
 * record, so the compiler fails when a new prop is not listed here.
 */
const OWN_PROPS: Record<
  Exclude<keyof UsageChartProps, keyof HTMLAttributes<HTMLElement>> | 'className' | 'style',
  true
> = {
  ledger: true,
  entries: true,
  from: true,
  to: true,
  interval: true,
  defaultInterval: true,
  onIntervalChange: true,
  groupBy: true,
  defaultGroupBy: true,
  onGroupByChange: true,
  top: true,
  onBucketSelect: true,
  onGroupSelect: true,
  selectedBucket: true,
  width: true,
  height: true,
  tableOpen: true,
  defaultTableOpen: true,
  onTableOpenChange: true,
  className: true,
  style: true,
  theme: true,
  messages: true,
}
export const USAGE_CHART_STATE_PROPS = Object.keys(OWN_PROPS)

/** A group's identity across regroupings and refetches (the legend's hidden set holds these). */
const groupId = (group: UsageGroup) => (group.other ? '\0other' : (group.key ?? '\0none'))

/**
 * The usage chart's state and behaviour: the breakdown (through `useUsageBreakdown`, memoized on
 * the entries), the interval offered and chosen for the range, the hidden groups, the layout
 * (redone only when the breakdown, the visible groups or the size change), the data table
 * toggle, and the active bar, moved by pointer and keyboard (keyboard moves are announced).
 */
export function useUsageChart(
  props: Omit<UsageChartProps, keyof HTMLAttributes<HTMLElement>>,
  layout: ChartLayout,
) {
  const { ledger, from, to, top, height = 240, onBucketSelect, onIntervalChange } = props
  const { width, rtl, t } = layout
  const entries = props.entries ?? ledger?.entries ?? NO_ENTRIES
  const facts = useMemo(() => usageFacts(entries), [entries])
  // ngrok's credits are dollars: axis, tooltip, legend and table write them as money.
  const currency = useMemo(() => ledgerCreditCurrency(entries), [entries])
  const formatters = useMemo(
    () => withCreditCurrency(layout.formatters, currency),
    [layout.formatters, currency],
  )

  // The range the buckets cover, as core's usageBreakdown settles it: a bound left out is the
  // first or last usage inside the other.
  const givenFrom = from ? Date.parse(from) : NaN
  const givenTo = to ? Date.parse(to) : NaN
  const rangeTo = to ? givenTo : from ? Math.max(facts.last, givenFrom) : facts.last
  const rangeFrom = from ? givenFrom : to ? Math.min(facts.first, givenTo) : facts.first
  const known = Number.isFinite(rangeFrom) && Number.isFinite(rangeTo) && rangeFrom <= rangeTo
  const intervals = known ? usageIntervalChoices(rangeFrom, rangeTo) : (['day'] as const)
  const [picked, setPicked] = useControllableState<UsageInterval | null>({
    prop: props.interval,
    defaultProp: props.defaultInterval ?? null,
    onChange: (next) => next && onIntervalChange?.(next),
    caller: 'UsageChart (interval)',
  })
  const interval = props.interval ?? (known ? pickUsageInterval(rangeFrom, rangeTo, picked) : 'day')

  const usage = useUsageBreakdown(
    { entries },
    {
      interval,
      from,
      to,
      top,
      groupBy: props.groupBy,
      defaultGroupBy: props.defaultGroupBy,
      onGroupByChange: props.onGroupByChange,
      timeZone: formatters.timeZone,
      weekStartsOn: formatters.weekStartsOn as WeekStart,
    },
  )
  const { breakdown } = usage
  const { groups, buckets } = breakdown

  let state: UsageChartState = breakdown.total > 0 ? 'ready' : 'empty'
  if (entries.length === 0) state = stateWithoutEntries(ledger)

  const [tableOpen, setTableOpen] = useControllableState({
    prop: props.tableOpen,
    defaultProp: props.defaultTableOpen ?? false,
    onChange: props.onTableOpenChange,
    caller: 'UsageChart (tableOpen)',
  })

  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set())
  const visible = useMemo(() => {
    const shown = groups.map((group) => !hidden.has(groupId(group)))
    // Groups change with the grouping and the range: never leave nothing to draw.
    return shown.includes(true) ? shown : groups.map(() => true)
  }, [groups, hidden])
  const toggleGroup = (index: number) => {
    const group = groups[index]
    if (!group) return
    const id = groupId(group)
    const next = new Set(groups.filter((_, g) => !visible[g]).map(groupId))
    if (next.has(id)) next.delete(id)
    else if (visible.filter(Boolean).length > 1) next.add(id)
    setHidden(next)
  }

  const geometry = useMemo(
    () =>
      state === 'ready' && width !== null
        ? usageLayout(breakdown, visible, width, height, rtl, formatters)
        : null,
    [state, breakdown, visible, width, height, rtl, formatters],
  )
  const describe = useMemo(
    () => bucketDescriber(interval, formatters, t),
    [interval, formatters, t],
  )
  const names = useMemo(() => groups.map((group) => groupName(group, t)), [groups, t])
  const single = groups.length === 1 && groups[0]?.key === null && !groups[0].other

  const [active, setActive] = useState<{ index: number; keyboard: boolean } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const activeIndex = active && active.index < buckets.length ? active.index : -1

  /** A bar in words, as the live region says it. */
  const sayBar = (index: number) => {
    const bucket = buckets[index]
    if (!bucket) return ''
    const text = describe(bucket)
    if (single) return t('usage.bar', { period: text.period, amount: text.total })
    const parts = groups.flatMap((_, g) =>
      visible[g]
        ? [t('usage.groupValue', { group: names[g] ?? '', value: text.values[g] ?? '' })]
        : [],
    )
    return t('usage.barGroups', {
      period: text.period,
      amount: text.total,
      groups: parts.join(', '),
    })
  }

  const moveTo = (index: number, keyboard: boolean) => {
    const next = Math.max(0, Math.min(buckets.length - 1, index))
    if (active?.index === next && active.keyboard === keyboard) return
    setActive({ index: next, keyboard })
    if (keyboard) setAnnouncement(sayBar(next))
  }

  const select = (index: number) => {
    const bucket = buckets[index]
    if (bucket) onBucketSelect?.({ start: bucket.start, end: bucket.end, total: bucket.total })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const last = buckets.length - 1
    // Arrows follow the screen: in a mirrored (right-to-left) chart, left is later in time.
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft'
    const key = event.key
    let next: number
    if (key === forward) next = activeIndex < 0 ? 0 : activeIndex + 1
    else if (key === backward) next = activeIndex < 0 ? last : activeIndex - 1
    else if (key === 'Home') next = 0
    else if (key === 'End') next = last
    else if ((key === 'Enter' || key === ' ') && activeIndex >= 0) {
      event.preventDefault()
      select(activeIndex)
      return
    } else if (key === 'Escape' && active) {
      event.preventDefault()
      setActive(null)
      setAnnouncement('')
      return
    } else return
    if (last < 0) return
    event.preventDefault()
    moveTo(next, true)
  }

  /** The bar under the pointer: the bucket holding the instant at its x, so gaps count too. */
  const indexAt = (event: MouseEvent<HTMLElement>) => {
    if (!geometry) return -1
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left
    return bucketIndexAt(geometry.edges, geometry.frame.x.invert(x))
  }

  return {
    state,
    formatters,
    /** The range in view (epoch ms): the host's, else the first and last usage. */
    range: known ? { from: rangeFrom, to: rangeTo } : null,
    refreshing: state === 'ready' && ledger?.isFetching === true,
    breakdown,
    interval,
    intervals,
    setInterval: setPicked,
    groupBy: usage.groupBy,
    setGroupBy: usage.setGroupBy,
    /** Offer the grouping choice: the usage has both categories and metrics (Synap). */
    groupings: facts.both,
    single,
    names,
    visible,
    toggleGroup,
    geometry,
    describe,
    tableOpen,
    setTableOpen,
    activeIndex,
    announcement,
    regionProps: {
      onKeyDown,
      onPointerMove: (event: MouseEvent<HTMLElement>) => {
        const index = indexAt(event)
        if (index >= 0) moveTo(index, false)
      },
      onPointerLeave: () => {
        if (active && !active.keyboard) setActive(null)
      },
      onBlur: () => {
        if (active?.keyboard) setActive(null)
      },
      onClick: (event: MouseEvent<HTMLElement>) => {
        const index = indexAt(event)
        if (index >= 0) select(index)
      },
    },
  }
}
