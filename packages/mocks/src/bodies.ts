/**
 * Whole ledger bodies in each provider's wire format, as one response of any size: the fixtures of
 * the data-path benchmark and of the validation property tests. Paged providers get the shape of
 * one page that happens to hold everything.
 */
import type { MockProviderId } from './mock-provider.js'
import { toLassoRow, isLassoRowEvent } from './providers/lasso.js'
import { toMonkEntry } from './providers/monk.js'
import { toNgrokItems } from './providers/ngrok.js'
import { toSynapEntry } from './providers/synap.js'
import { toVayuEntry } from './providers/vayu.js'
import { createTimeline, type TimelineOptions } from './timeline.js'

/** The provider's ledger response holding a whole generated ledger (newest first where documented). */
export function createLedgerBody(provider: MockProviderId, options: TimelineOptions = {}): unknown {
  const events = createTimeline(options).events
  const newestFirst = events.slice().reverse()
  switch (provider) {
    case 'monk': {
      const entries = newestFirst.map((event) => toMonkEntry(event))
      return { data: { totalCount: entries.length, entries } }
    }
    case 'synap': {
      const entries = newestFirst.map((event) => toSynapEntry(event))
      return { entries, total: entries.length, limit: entries.length, offset: 0 }
    }
    case 'vayu':
      return { entries: events.map((event) => toVayuEntry(event)) }
    case 'lasso': {
      const data = newestFirst.filter(isLassoRowEvent).map((event) => toLassoRow(event))
      const used = data.reduce((sum, row) => sum + Math.round(Math.max(0, -row.amount) * 100), 0)
      return {
        data,
        pagination: { page: 1, limit: data.length, total: data.length },
        total_used: used / 100,
      }
    }
    case 'ngrok':
      return { items: toNgrokItems(events) }
  }
}
