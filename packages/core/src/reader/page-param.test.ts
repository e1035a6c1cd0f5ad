import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  isWholeLedgerParam,
  wholeLedgerParam,
  type ReaderPageParam,
  type StreamedParam,
  type WholeLedgerParam,
} from './page-param.js'

const after = { occurredAt: '2026-01-01T00:00:00.000Z', id: 'e1' }

describe('ReaderPageParam', () => {
  it('tells a whole-ledger position from a streamed param by shape, no tag on the wire', () => {
    expect(isWholeLedgerParam({ after })).toBe(true)
    expect(JSON.stringify(wholeLedgerParam({ ...after, credits: 5 } as typeof after))).toBe(
      JSON.stringify({ after }),
    )
    expect(isWholeLedgerParam({ source: 'c1', after, balance: null, limit: 50 })).toBe(false)
    expect(isWholeLedgerParam({ source: 100, limit: 50 })).toBe(false)
    expect(isWholeLedgerParam({})).toBe(false)
  })

  it('narrows, and either strategy reads as the union', () => {
    const param: ReaderPageParam = { after }
    if (isWholeLedgerParam(param)) expectTypeOf(param).toEqualTypeOf<WholeLedgerParam>()
    expectTypeOf<WholeLedgerParam>().toMatchTypeOf<StreamedParam>()
    // @ts-expect-error a whole-ledger position carries no provider param
    const mixed: WholeLedgerParam = { after, source: 3 }
    expect(mixed.after).toBe(after)
  })
})
