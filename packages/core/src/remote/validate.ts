/**
 * Checks what a usage-kit endpoint sends before the browser trusts it: every entry field of the
 * model with its type, and invoice links limited to http(s), so a broken or hostile endpoint
 * fails as `malformed` with the path of the first bad field instead of reaching the UI.
 */
import { LedgerError } from '../errors.js'
import { ENTRY_KINDS, PROVIDER_IDS, type LedgerEntry } from '../model.js'
import type { BalanceSnapshot } from '../source.js'
import type { LedgerResponseBody } from './protocol.js'

/** Thrown with the JSON path of the first bad field. */
class Bad {
  constructor(readonly path: string) {}
}

type Check = (value: unknown, path: string) => void

const string: Check = (v, p) => {
  if (typeof v !== 'string') throw new Bad(p)
}
const number: Check = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Bad(p)
}
const nullable =
  (check: Check): Check =>
  (v, p) => {
    if (v !== null) check(v, p)
  }
const oneOf =
  (values: readonly string[]): Check =>
  (v, p) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new Bad(p)
  }
const httpUrl: Check = (v, p) => {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) throw new Bad(p)
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Bad(path)
  return value as Record<string, unknown>
}

function fields(value: unknown, path: string, checks: Record<string, Check>): void {
  const record = object(value, path)
  for (const [key, check] of Object.entries(checks)) check(record[key], `${path}.${key}`)
}

const money: Check = (v, p) => fields(v, p, { amountMinor: number, currency: string })

const ENTRY: Record<string, Check> = {
  id: string,
  provider: oneOf(PROVIDER_IDS),
  kind: oneOf(ENTRY_KINDS),
  providerType: string,
  pending: (v, p) => {
    if (typeof v !== 'boolean') throw new Bad(p)
  },
  occurredAt: string,
  credits: nullable(number),
  money: nullable(money),
  balanceAfter: nullable(number),
  category: nullable(string),
  metric: nullable(string),
  description: nullable(string),
  expiresAt: nullable(string),
  invoice: nullable((v, p) => fields(v, p, { id: nullable(string), url: nullable(httpUrl) })),
  grantId: nullable(string),
}

/** A ledger page body, checked. */
export function readLedgerBody(body: unknown): LedgerResponseBody {
  return guard(() => {
    const record = object(body, '$')
    if (!Array.isArray(record.entries)) throw new Bad('$.entries')
    record.entries.forEach((entry, i) => {
      const path = `$.entries[${i}]`
      fields(entry, path, ENTRY)
      if (!('raw' in object(entry, path))) throw new Bad(`${path}.raw`)
    })
    nullable(string)(record.nextPageParam, '$.nextPageParam')
    nullable(number)(record.total, '$.total')
    return {
      entries: record.entries as LedgerEntry[],
      nextPageParam: record.nextPageParam as string | null,
      total: record.total as number | null,
    }
  })
}

/** A balance body, checked. */
export function readBalanceBody(body: unknown): BalanceSnapshot {
  return guard(() => {
    fields(body, '$', { credits: nullable(number), money: nullable(money), asOf: nullable(string) })
    const { credits, money: amount, asOf } = body as BalanceSnapshot
    return { credits, money: amount, asOf }
  })
}

function guard<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof Bad)) throw error
    throw new LedgerError({
      kind: 'malformed',
      provider: 'remote',
      path: error.path,
      providerMessage: 'the ledger endpoint sent a field of the wrong type',
    })
  }
}
