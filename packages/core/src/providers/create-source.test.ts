import { describe, expect, it } from 'vitest'
import type { ProviderId } from '../model.js'
import { createSource } from './create-source.js'

const IDS = { customerId: '64f1c2a9e4b0a1b2c3d4e5f6', contractId: 'contract_1' }

describe('createSource', () => {
  it.each<ProviderId>(['synap', 'vayu', 'monk', 'ngrok', 'lasso'])(
    'gives the %s source',
    (provider) => {
      const source = createSource({ provider, token: 't', ...IDS })
      expect(source.provider).toBe(provider)
    },
  )

  it('says which id a provider needs when it is missing', () => {
    expect(() => createSource({ provider: 'vayu' })).toThrow(/Vayu needs a customerId/)
    expect(() => createSource({ provider: 'monk', customerId: IDS.customerId })).toThrow(
      /Monk needs a contractId/,
    )
  })
})
