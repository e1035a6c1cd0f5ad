/**
 * @usage-kit/core/server: the ledger endpoint that keeps provider keys on the server. A standard
 * Fetch handler (Next.js, Remix, Hono, Deno, Bun, workers) plus an adapter for Node and Express.
 */
export {
  createLedgerHandler,
  DEFAULT_MAX_PAGE_SIZE,
  DEFAULT_MAX_TEXT_LENGTH,
  type LedgerAuthorize,
  type LedgerHandler,
  type LedgerHandlerOptions,
} from './handler.js'
export {
  toNodeHandler,
  type NodeHandler,
  type NodeRequestLike,
  type NodeResponseLike,
} from './node.js'
export { DEFAULT_PAGE_SIZE, PARAMETER_LIMITS } from './params.js'
export { ERROR_STATUS } from './responses.js'
export { DEFAULT_PAGE_TOKEN_TTL_MS, MIN_SECRET_LENGTH } from './token.js'
export { DOCUMENTED_RAW_FIELDS, type RawProjection } from './rawProjection.js'
export type { ErrorResponseBody, LedgerParameter, LedgerResponseBody } from '../remote/protocol.js'
