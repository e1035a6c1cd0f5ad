import type { LedgerSource, SourceOptions } from '../../source.js'

/** Options for `createSynapSource`. */
export interface SynapSourceOptions extends SourceOptions {}

/** Synap's production API. */
export const SYNAP_DEFAULT_BASE_URL = 'https://synap-cloud-prod.maximem.ai'

export function createSynapSource(options: SynapSourceOptions): LedgerSource {
  throw new Error(`createSynapSource is not implemented yet (${String(options.baseUrl)})`)
}
