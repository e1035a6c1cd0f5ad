/**
 * UsageHistory's `source` / `endpoint` union, checked by `tsc -p tsconfig.tests.json` (here rather
 * than beside the component, where the package build would emit it into dist).
 */
import type { LedgerSource } from '@usage-kit/core'
import type { ComponentProps } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { UsageHistory, UsageHistoryProps } from '../src/index.js'

declare const source: LedgerSource

describe('UsageHistory props', () => {
  it('take a source or an endpoint, exactly one of them', () => {
    expectTypeOf<ComponentProps<typeof UsageHistory>>().toEqualTypeOf<UsageHistoryProps>()
    const fromSource: UsageHistoryProps = { source, pageSize: 20 }
    const fromEndpoint: UsageHistoryProps = { endpoint: '/api/ledger', pageSize: 20 }
    expectTypeOf<UsageHistoryProps['source']>().toEqualTypeOf<LedgerSource | undefined>()
    expectTypeOf<UsageHistoryProps['endpoint']>().toEqualTypeOf<string | undefined>()
    // @ts-expect-error both a source and an endpoint
    const both: UsageHistoryProps = { source, endpoint: '/api/ledger' }
    // @ts-expect-error neither a source nor an endpoint
    const neither: UsageHistoryProps = { pageSize: 20 }
    // @ts-expect-error the endpoint is a URL string, not a source
    const wrong: UsageHistoryProps = { endpoint: source }
    void [fromSource, fromEndpoint, both, neither, wrong]
  })
})
