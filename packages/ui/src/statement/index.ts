export { LedgerStatement } from './LedgerStatement.js'
export type { LedgerStatementPeriod, LedgerStatementProps } from './types.js'
