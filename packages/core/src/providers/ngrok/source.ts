import type { LedgerSource, SourceOptions } from '../../source.js'

/** Options for `createNgrokSource`. */
export interface NgrokSourceOptions extends SourceOptions {}

/** Ngrok's production API. */
export const NGROK_DEFAULT_BASE_URL = 'https://api.ngrok.ai'

export function createNgrokSource(options: NgrokSourceOptions): LedgerSource {
  throw new Error(`createNgrokSource is not implemented yet (${String(options.baseUrl)})`)
}
