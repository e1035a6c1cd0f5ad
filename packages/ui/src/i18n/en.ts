/**
 * Every string the kit shows, in English. Keys are stable public API: a host replaces any of them
 * through the `messages` prop. Messages are ICU MessageFormat (a subset: see `messageFormat.ts`):
 * `{name}` marks a value filled in at run time, as the kit passes it; `{name, number}` a number
 * written for the locale; and a count picks its words with
 * `{count, plural, =0 {no entries} one {# entry} other {# entries}}`: an exact `=n` first, else the
 * locale's plural category (`Intl.PluralRules`: zero, one, two, few, many, other; `other` is
 * required), with `#` the count written for the locale. `'{'` is a literal brace, `''` an apostrophe.
 */
export const en = {
  'kind.grant': 'Grant',
  'kind.usage': 'Usage',
  'kind.adjustment': 'Adjustment',
  'kind.reversal': 'Reversal',
  'kind.expiration': 'Expiration',
  'entry.pending': 'Pending',
  'entry.pendingHint': 'Not final yet; not counted in the balance',

  'table.label': 'Credit history',
  'table.column.date': 'Date',
  'table.column.type': 'Type',
  'table.column.description': 'Description',
  'table.column.amount': 'Amount',
  'table.column.balance': 'Balance',
  'table.column.expires': 'Expires',
  'table.column.invoice': 'Invoice',
  'table.column.grant': 'Grant',
  'table.columns': 'Columns',
  'table.sortAscending': 'Sort ascending',
  'table.sortDescending': 'Sort descending',
  'table.sortBy': 'Sort by',
  'table.sortBy.ascending': '{column}, ascending',
  'table.sortBy.descending': '{column}, descending',
  'table.expand': 'Show details',
  'table.collapse': 'Hide details',
  'table.details': 'Details',
  'table.raw': 'Provider record',
  'table.viewInvoice': 'View invoice',
  'table.invoiceRef': 'Invoice {id}',
  'table.newTab': '(opens in a new tab)',
  'table.showGrant': 'Show grant',
  'table.loading': 'Loading credit history…',
  'table.loadingMore': 'Loading more…',
  'table.loadMore': 'Load more',
  'table.end': 'End of history',
  'table.empty.title': 'No credit activity',
  'table.empty.description': 'Nothing matches these filters yet.',
  'table.pager.previous': 'Previous page',
  'table.pager.next': 'Next page',
  'table.pager.page': 'Page {page, number} of {count, number}',
  'table.pager.pageUnknown': 'Page {page, number}',
  'table.pager.size': 'Rows per page',
  'table.rows': '{count, plural, one {# entry} other {# entries}}',
  'table.rowsOf': '{count, number} of {total, plural, one {# entry} other {# entries}}',
  'table.pager.label': 'Pages',
  'table.field.id': 'Entry ID',
  'table.field.provider': 'Provider',
  'table.field.category': 'Category',
  'table.field.metric': 'Metric',

  'error.title': 'Could not load the credit history',
  'error.auth': 'You are signed out or your access has expired. Sign in again to see your credits.',
  'error.forbidden': 'Your account is not allowed to see this credit history.',
  'error.not_found': 'This credit account was not found.',
  'error.rate_limited': 'Too many requests. Trying again in {seconds, number} s.',
  'error.rate_limited_now': 'Too many requests. Please wait a moment.',
  'error.invalid_request': 'The request was not accepted: {detail}',
  'error.server': 'The billing provider is having trouble right now.',
  'error.network': 'The billing provider could not be reached. Check your connection.',
  'error.malformed': 'The billing provider sent data the kit could not read (at {path}).',
  'error.aborted': 'The request was cancelled.',
  'error.retry': 'Try again',

  'filters.label': 'Filter credit history',
  'filters.kinds': 'Type',
  'filters.kindsAll': 'All types',
  'filters.range': 'Date range',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.category': 'Category',
  'filters.categoryAll': 'All categories',
  'filters.search': 'Search',
  'filters.searchPlaceholder': 'Search descriptions, categories, IDs',
  'filters.reset': 'Reset filters',
  'filters.undo': "Undo the chart's selection",
  'preset.last-7-days': 'Last 7 days',
  'preset.last-30-days': 'Last 30 days',
  'preset.last-90-days': 'Last 90 days',
  'preset.this-month': 'This month',
  'preset.last-month': 'Last month',
  'preset.this-cycle': 'This billing cycle',
  'preset.last-cycle': 'Last billing cycle',
  'preset.last-3-cycles': 'Last 3 billing cycles',
  'preset.year-to-date': 'Year to date',
  'preset.all-time': 'All time',
  'preset.custom': 'Custom range',

  'chart.label': 'Balance over time',
  'chart.summary':
    'From {start} to {end} the balance went from {from} to {to}; lowest {min}, highest {max}.',
  'chart.loading': 'Loading the balance…',
  'chart.point': '{date}: balance {balance}, {kind}',
  'chart.marker': '{kind} on {date}, balance {balance}',
  'chart.kind': 'Type',
  'chart.tableNote':
    'Showing {shown, number} of {total, plural, one {# point} other {# points}}, sampled to the width of the chart.',
  'chart.legend': 'Markers',
  'chart.role': 'chart',
  'chart.empty': 'No balance to show for these filters.',
  'chart.unavailable': 'This provider does not report a running balance.',
  'chart.table': 'Balance data',
  'chart.showTable': 'Show data table',
  'chart.hideTable': 'Hide data table',
  'chart.balance': 'Balance',
  'chart.date': 'Date',
  'chart.grant': 'Grant',
  'chart.expiration': 'Expiration',
  'chart.keyboardHint':
    'Use the arrow keys to move between points, Home and End for the first and last.',

  'totals.label': 'Totals for the selected range',
  'totals.granted': 'Granted',
  'totals.used': 'Used',
  'totals.net': 'Net',
  'export.csv': 'Export CSV',
  'export.preparing': 'Preparing export…',
  'status.refreshing': 'Refreshing…',
  'status.updated': 'Credit history updated: {count, plural, one {# entry} other {# entries}}.',
  // One message for every cut read: a read cap and a provider that did not say whether more
  // entries exist both leave the history short at an end the model does not name.
  'status.incomplete':
    'This history may be incomplete: {count, plural, one {# entry is shown} other {# entries are shown}}, and more may exist that could not be loaded.',
} as const

/** Every message id. */
export type MessageKey = keyof typeof en

/** A full set of messages. */
export type MessageCatalog = Record<MessageKey, string>
