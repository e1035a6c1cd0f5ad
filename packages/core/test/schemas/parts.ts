/**
 * Valibot building blocks shared by the reference schemas. They reuse the fast path's own
 * predicates for values (dates, numeric strings), so the tests compare shapes, not value parsers.
 */
import * as v from 'valibot'
import { toUtcIso } from '../../src/time.js'
import { isNumericString } from '../../src/internal/fast-check.js'

export const isoDateTime = v.pipe(
  v.string(),
  v.check((value) => toUtcIso(value) !== null, 'expected an ISO-8601 date-time'),
)

export const finiteNumber = v.pipe(v.number(), v.finite())

export const safeInteger = v.pipe(v.number(), v.safeInteger())

/** A JSON number or a numeric string such as "-0.1". */
export const numericValue = v.union(
  [finiteNumber, v.pipe(v.string(), v.check(isNumericString, 'expected a numeric string'))],
  'expected a number or a numeric string',
)
