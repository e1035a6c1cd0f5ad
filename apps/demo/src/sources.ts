import { createSource, type LedgerSource, type ProviderId } from '@usage-kit/core'
import { MONK_CONTRACT_ID, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'

export interface SourceSettings {
  provider: ProviderId
  baseUrl: string
  token?: string | undefined
  customerId?: string | undefined
  contractId?: string | undefined
}

/** The kit's source for a provider, pointed at the mocks' customer and contract unless given. */
export function createDemoSource({
  provider,
  baseUrl,
  token,
  customerId,
  contractId,
}: SourceSettings): LedgerSource {
  return createSource({
    provider,
    baseUrl,
    ...(token ? { token } : {}),
    customerId: customerId || VAYU_CUSTOMER_ID,
    contractId: contractId || MONK_CONTRACT_ID,
  })
}
