export { CreditGrants } from './CreditGrants.js'
export type { CreditGrantsLedger, CreditGrantsProps } from './types.js'
