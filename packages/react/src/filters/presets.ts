import { TZDate } from '@date-fns/tz'
import { zonedDayStart } from '../time/zonedTime.js'
import { toUtcIsoLoose } from '@usage-kit/core'
import { cycleRange, isCyclePreset, type CycleAnchor } from './cycles.js'
import { wholeDaysRange } from './wholeDays.js'

export { wholeDaysRange } from './wholeDays.js'

/**
 * The date-range presets, in the order a picker lists them. The billing-cycle ones
 * (`CYCLE_PRESETS`) count from a `cycleAnchor`; a picker without one leaves them out (see
 * `presetsFor`).
 */
export const DATE_PRESETS = [
  'last-7-days',
  'last-30-days',
  'last-90-days',
  'this-month',
  'last-month',
  'this-cycle',
  'last-cycle',
  'last-3-cycles',
  'year-to-date',
  'all-time',
  'custom',
] as const

/** A date-range preset id; `'custom'` is any range no other preset describes. */
export type DatePreset = (typeof DATE_PRESETS)[number]

/** A preset with a computable range: every preset except `'custom'`. */
export type RangePreset = Exclude<DatePreset, 'custom'>

/** Inclusive bounds as canonical UTC ISO strings; an absent bound does not limit. */
export interface DateRange {
  from?: string
  to?: string
}

/** The clock and the zone whose calendar days the presets count. */
export interface PresetContext {
  now: Date
  /** IANA time zone, e.g. 'Europe/Prague'. */
  timeZone: string
  /**
   * Where billing cycles start, for the cycle presets (see `CycleAnchor`).
   * @default undefined (no billing cycles: the cycle presets throw, and never match a range)
   */
  cycleAnchor?: CycleAnchor
}

const CALENDAR_PRESETS: readonly DatePreset[] = DATE_PRESETS.filter((p) => !isCyclePreset(p))

/**
 * The presets a picker offers: every one with a cycle anchor, else all but the billing cycles
 * (the same list, in the same order, as before cycles existed).
 */
export function presetsFor(cycleAnchor: CycleAnchor | undefined): readonly DatePreset[] {
  return cycleAnchor === undefined ? CALENDAR_PRESETS : DATE_PRESETS
}

const TRAILING_DAYS = { 'last-7-days': 7, 'last-30-days': 30, 'last-90-days': 90 } as const
/** [offset from the current cycle, number of cycles ending there] */
const CYCLES = { 'this-cycle': [0, 1], 'last-cycle': [-1, 1], 'last-3-cycles': [0, 3] } as const

/**
 * The range a preset covers at `now`, in whole calendar days of `timeZone`: `from` is the first
 * instant of the first day, `to` the last millisecond of the last day. Days are counted on the
 * zone's calendar, so a day with a DST change is 23 or 25 hours long rather than 24.
 * Trailing presets and 'year-to-date' end today; 'this-month' covers the whole month. The cycle
 * presets are `cycleRange`'s: whole cycles, 'last-3-cycles' being the current cycle and the two
 * before it.
 * @throws RangeError for `'custom'` (it has no range of its own), an invalid `now` or time zone,
 * a cycle preset without `cycleAnchor`, or an invalid `cycleAnchor`.
 */
export function rangeForPreset(preset: RangePreset, context: PresetContext): DateRange {
  const { now, timeZone, cycleAnchor } = context
  if (preset === 'all-time') return {}
  if (isCyclePreset(preset)) {
    if (cycleAnchor === undefined) {
      throw new RangeError(`rangeForPreset: "${preset}" needs a cycleAnchor (none was given)`)
    }
    const [offset, count] = CYCLES[preset]
    return cycleRange(cycleAnchor, offset, context, count)
  }
  const today = new TZDate(now.getTime(), timeZone)
  // TZDate does not throw on a bad zone; it silently becomes an invalid date.
  if (Number.isNaN(today.getTime())) {
    throw new RangeError(`rangeForPreset: invalid now (${String(now)}) or time zone "${timeZone}"`)
  }
  const [year, month, day] = [today.getFullYear(), today.getMonth(), today.getDate()]
  // The first instant of a local calendar day (rolling over like Date.UTC: day 0, month 12; a
  // missing midnight lands on the day's first real instant). Not date-fns arithmetic on TZDate,
  // which misplaces dates next to a skipped day (subMonths from 1995-01-01 in Pacific/Enderbury,
  // which skipped 1994-12-31, stays on 1995-01-01), nor TZDate's wall-time constructor, which
  // depends on the browser's own zone (see zonedTime).
  const dayStart = (y: number, m: number, d: number) => zonedDayStart(y, m, d, timeZone)
  switch (preset) {
    case 'last-7-days':
    case 'last-30-days':
    case 'last-90-days':
      return wholeDaysRange(
        dayStart(year, month, day - TRAILING_DAYS[preset] + 1),
        dayStart(year, month, day + 1),
      )
    case 'this-month':
      return wholeDaysRange(dayStart(year, month, 1), dayStart(year, month + 1, 1))
    case 'last-month':
      return wholeDaysRange(dayStart(year, month - 1, 1), dayStart(year, month, 1))
    case 'year-to-date':
      return wholeDaysRange(dayStart(year, 0, 1), dayStart(year, month, day + 1))
    default:
      // Reachable only from untyped callers.
      throw new RangeError(`rangeForPreset: "${String(preset)}" has no range`)
  }
}

/** Options for `presetForRange`. */
export interface PresetMatchOptions extends PresetContext {
  /**
   * The preset the user picked. Some days two presets cover the same range (on April 30,
   * 'last-30-days' is 'this-month'); the picked one is reported then, so a picker does not jump
   * to the other. `'custom'` is always reported when picked.
   * @default undefined (the first matching preset in `DATE_PRESETS` order)
   */
  preferred?: DatePreset
}

/**
 * Which preset `range` equals at `now`, else `'custom'`. Bounds may be in any form `normalizeQuery`
 * reads; an unreadable bound makes the range `'custom'`.
 */
export function presetForRange(range: DateRange, options: PresetMatchOptions): DatePreset {
  const { preferred } = options
  if (preferred === 'custom') return 'custom'
  const from = canonical(range.from)
  const to = canonical(range.to)
  if (from === null || to === null) return 'custom'
  if (from === undefined && to === undefined) return 'all-time'
  if (from === undefined || to === undefined) return 'custom'
  const candidates = preferred === undefined ? DATE_PRESETS : [preferred, ...DATE_PRESETS]
  for (const preset of candidates) {
    if (preset === 'custom' || preset === 'all-time') continue
    if (options.cycleAnchor === undefined && isCyclePreset(preset)) continue
    const candidate = rangeForPreset(preset, options)
    if (candidate.from === from && candidate.to === to) return preset
  }
  return 'custom'
}

/**
 * One string per range (`from/to`, '' for an absent bound), to tell whether the range changed
 * since something was decided about it, such as the preset the user picked for it.
 */
export function rangeKey({ from, to }: DateRange): string {
  return `${from ?? ''}/${to ?? ''}`
}

/** undefined for an absent bound, null for an unreadable one. */
function canonical(bound: string | undefined): string | null | undefined {
  if (bound === undefined || bound === '') return undefined
  return toUtcIsoLoose(bound)
}
