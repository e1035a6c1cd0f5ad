import * as v from 'valibot'
import { LedgerError } from '../errors.js'
import type { ProviderId } from '../model.js'
import { REJECTED } from './fast-check.js'

/** A provider's response schema, loaded only when a body fails the fast check. */
export type SchemaLoader = () => Promise<v.GenericSchema>

/**
 * Runs the fast guard-and-normalize pass; if it rejects the body, loads the provider's schema to
 * say exactly where, and throws a `malformed` LedgerError naming that JSON path.
 */
export async function parseBody<T>(
  provider: ProviderId,
  body: unknown,
  fastParse: (body: unknown) => T,
  loadSchema: SchemaLoader,
): Promise<T> {
  try {
    return fastParse(body)
  } catch (error) {
    if (error !== REJECTED) throw error
  }
  throw explainMalformed(provider, await loadSchema(), body)
}

/** The `malformed` error for a body, with the first failing path from the schema. */
export function explainMalformed(
  provider: ProviderId,
  schema: v.GenericSchema,
  body: unknown,
): LedgerError {
  const result = v.safeParse(schema, body, { abortEarly: true })
  const issue = result.success ? undefined : result.issues[0]
  return new LedgerError({
    kind: 'malformed',
    provider,
    path: issue ? jsonPath(issue.path) : '$',
    providerMessage: issue?.message ?? 'the response does not match the documented shape',
  })
}

/** `$.data.entries[3].amountCents` from a valibot issue path. */
export function jsonPath(path: ReadonlyArray<{ key: unknown }> | undefined): string {
  let out = '$'
  for (const item of path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`
  }
  return out
}
