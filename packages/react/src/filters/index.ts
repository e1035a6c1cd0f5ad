export {
  CYCLE_PRESETS,
  cycleAnchorDay,
  cycleRange,
  type CycleAnchor,
  type CycleContext,
  type CyclePreset,
} from './cycles.js'
export {
  DATE_PRESETS,
  presetForRange,
  rangeForPreset,
  rangeKey,
  wholeDaysRange,
  type DatePreset,
  type DateRange,
  type PresetContext,
  type PresetMatchOptions,
  type RangePreset,
} from './presets.js'
export { queryFromSearch, searchWithQuery } from './url.js'
export {
  useLedgerFilters,
  type LedgerFilters,
  type LedgerNarrowing,
  type UseLedgerFiltersOptions,
} from './useLedgerFilters.js'
