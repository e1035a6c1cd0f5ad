/**
 * Valibot building blocks shared by the reference schemas. They reuse the fast path's own
 * predicates for values (dates, numeric strings), so the tests compare shapes, not value parsers.
 */
import * as v from 'valibot'
import { isAmountInRange, isMinorAmountInRange } from '../../src/amount.js'
import { toUtcIso } from '../../src/time.js'
import { isNumericString } from '../../src/internal/read-checked.js'

export const isoDateTime = v.pipe(
  v.string(),
  v.check((value) => toUtcIso(value) !== null, 'expected an ISO-8601 date-time'),
)

export const finiteNumber = v.pipe(v.number(), v.finite())

export const safeInteger = v.pipe(v.number(), v.safeInteger())

/** A JSON number or a numeric string such as "-0.1", within the kit's amount range. */
export const numericValue = v.pipe(
  v.union(
    [finiteNumber, v.pipe(v.string(), v.check(isNumericString, 'expected a numeric string'))],
    'expected a number or a numeric string',
  ),
  v.check((value) => isAmountInRange(Number(value)), 'expected an amount in range'),
)

/** Integer minor units (cents) within the kit's amount range. */
export const minorAmount = v.pipe(
  v.number(),
  v.check((value: number) => isMinorAmountInRange(value), 'expected integer minor units in range'),
)
