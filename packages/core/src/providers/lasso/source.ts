import type { LedgerSource, SourceOptions } from '../../source.js'

/** Options for `createLassoSource`. */
export interface LassoSourceOptions extends SourceOptions {}

/** Lasso's production API. */
export const LASSO_DEFAULT_BASE_URL = 'https://hub.banditshq.com/api/v1'

export function createLassoSource(options: LassoSourceOptions): LedgerSource {
  throw new Error(`createLassoSource is not implemented yet (${String(options.baseUrl)})`)
}
