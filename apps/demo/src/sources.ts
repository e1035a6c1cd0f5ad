import {
  createLassoSource,
  createMonkSource,
  createNgrokSource,
  createSynapSource,
  createVayuSource,
  type LedgerSource,
  type ProviderId,
} from '@usage-kit/core'
import { MONK_CONTRACT_ID, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'

export interface SourceSettings {
  provider: ProviderId
  baseUrl: string
  token?: string | undefined
  customerId?: string | undefined
  contractId?: string | undefined
}

/** The kit's source for a provider: what a host writes, one line each. */
export function createDemoSource({
  provider,
  baseUrl,
  token,
  customerId,
  contractId,
}: SourceSettings): LedgerSource {
  const common = { baseUrl, ...(token ? { token } : {}) }
  switch (provider) {
    case 'synap':
      return createSynapSource(common)
    case 'vayu':
      return createVayuSource({ ...common, customerId: customerId || VAYU_CUSTOMER_ID })
    case 'monk':
      return createMonkSource({ ...common, contractId: contractId || MONK_CONTRACT_ID })
    case 'ngrok':
      return createNgrokSource(common)
    case 'lasso':
      return createLassoSource(common)
  }
}
