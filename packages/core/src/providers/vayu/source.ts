import type { LedgerSource, SourceOptions } from '../../source.js'

/** Options for `createVayuSource`. */
export interface VayuSourceOptions extends SourceOptions {
  /** The Vayu customer (24 hex characters) whose ledger to read. */
  customerId: string
}

/** Vayu's production API. */
export const VAYU_DEFAULT_BASE_URL = 'https://connect.withvayu.com'

export function createVayuSource(options: VayuSourceOptions): LedgerSource {
  throw new Error(`createVayuSource is not implemented yet (${String(options.baseUrl)})`)
}
