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
  type UseLedgerFiltersOptions,
} from './useLedgerFilters.js'
