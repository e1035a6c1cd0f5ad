/**
 * Valibot building blocks shared by the provider schemas. They reuse the fast path's own
 * predicates, so the precise explanation and the hot path can never disagree on a value.
 */
import * as v from 'valibot'
import { toUtcIso } from '../time.js'
import { isNumericString } from './fast-check.js'

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
