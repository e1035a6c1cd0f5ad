import type { ProviderId } from '../model.js'
import type { LedgerSource, SourceOptions } from '../source.js'
import { createLassoSource } from './lasso/source.js'
import { createMonkSource } from './monk/source.js'
import { createNgrokSource } from './ngrok/source.js'
import { createSynapSource } from './synap/source.js'
import { createVayuSource } from './vayu/source.js'

/** Options for `createSource`: the common ones, the provider, and the ids some providers need. */
export interface AnySourceOptions extends SourceOptions {
  provider: ProviderId
  /** Vayu's customer id (required for Vayu, ignored by the others). */
  customerId?: string | undefined
  /** Monk's contract id (required for Monk, ignored by the others). */
  contractId?: string | undefined
}

/**
 * The source for a provider chosen at run time (a settings form, a test over every provider).
 * A host that knows its provider calls that provider's factory instead: it imports one parser,
 * not five. Throws a TypeError when the provider's required id is missing.
 */
export function createSource(options: AnySourceOptions): LedgerSource {
  const { provider, customerId, contractId, ...common } = options
  switch (provider) {
    case 'synap':
      return createSynapSource(common)
    case 'vayu':
      if (!customerId) throw new TypeError('createSource: Vayu needs a customerId')
      return createVayuSource({ ...common, customerId })
    case 'monk':
      if (!contractId) throw new TypeError('createSource: Monk needs a contractId')
      return createMonkSource({ ...common, contractId })
    case 'ngrok':
      return createNgrokSource(common)
    case 'lasso':
      return createLassoSource(common)
  }
}
