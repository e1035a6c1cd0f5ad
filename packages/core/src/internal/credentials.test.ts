import { describe, expect, it } from 'vitest'
import type { LedgerSource } from '../source.js'
import { credentialMaterial, registerCredentials } from './credentials.js'

function bare(): LedgerSource {
  return {
    provider: 'synap',
    key: ['synap', 'https://example.test'],
    capabilities: { pagination: 'offset', filters: [], maxPageSize: 10 },
    fetchPage: () => Promise.resolve({ entries: [], nextPageParam: null, total: 0 }),
  }
}

describe('credential material', () => {
  it('is null for a source made without registerCredentials', async () => {
    expect(await credentialMaterial(bare())).toBeNull()
  })

  it('returns the same source, its material out of sight', async () => {
    const source = bare()
    const registered = registerCredentials(source, { token: 'tok-A' })
    expect(registered).toBe(source)
    expect(JSON.stringify(registered)).not.toContain('tok-A')
    expect(await credentialMaterial(source)).toContain('tok-A')
  })

  it('differs by token and by header, and ignores header case and order', async () => {
    const a = await credentialMaterial(registerCredentials(bare(), { token: 'A' }))
    const b = await credentialMaterial(registerCredentials(bare(), { token: 'B' }))
    expect(a).not.toBe(b)
    const h1 = await credentialMaterial(
      registerCredentials(bare(), { headers: { 'X-Api-Key': 'k', 'X-Other': '1' } }),
    )
    const h2 = await credentialMaterial(
      registerCredentials(bare(), { headers: () => ({ 'x-other': '1', 'x-api-key': 'k' }) }),
    )
    const h3 = await credentialMaterial(
      registerCredentials(bare(), { headers: async () => ({ 'x-api-key': 'other' }) }),
    )
    expect(h1).toBe(h2)
    expect(h1).not.toBe(h3)
  })
})
