/**
 * The zone calendar helpers, re-exported from core: core cuts usage buckets with them, and a day
 * must start at the same instant in a bucket, a filter preset and a chart tick, so the kit keeps
 * one implementation (`@usage-kit/core`'s `time/zoned.ts`, where its reasons are written).
 */
export { zonedDayStart, zonedInstant, zonedWallAt, zoneOffsetAt } from '@usage-kit/core'
