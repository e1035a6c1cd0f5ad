/**
 * The response bodies the pages read, generated once here by the mocks' generator (the same
 * bodies the kit's tests see) and served from memory by the server under `/data/<name>`.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './paths.mjs'

export const PROVIDERS = ['synap', 'vayu', 'monk', 'ngrok', 'lasso']
const SEED = 42

/** The mocks' built generator; without it the benchmark cannot start, so it says how to fix that. */
export async function loadGenerator() {
  const mocksDist = join(ROOT, 'packages/mocks/dist/index.js')
  if (!existsSync(mocksDist)) {
    console.error('packages/mocks/dist is missing: run `pnpm build` first (pnpm bench does).')
    process.exit(1)
  }
  return import(mocksDist)
}

/**
 * The bodies the chosen phases read: monk ledgers and balances at every size for the table,
 * chart and history pages, one body per provider for the in-browser data path.
 */
export function generateBodies({ config, only, log }, generator) {
  const bodies = { data: new Map(), generator }
  const { data } = bodies
  const { createTimeline } = generator
  const monkSizes = ['table', 'chart', 'history'].some((p) => only.has(p)) ? config.sizes : []
  for (const size of monkSizes) {
    const t = Date.now()
    data.set(`monk-${size}.json`, ledgerBody(generator, 'monk', size))
    const credits = createTimeline({ size, seed: SEED }).balanceCenti() / 100
    const balance = {
      data: {
        balance: {
          balanceCents: Math.round(credits * 100),
          creditBalance: credits,
          currency: 'USD',
          blockCount: 0,
          asOf: '2026-11-01T00:00:00.000Z',
        },
        blocks: [],
      },
    }
    data.set(`monk-balance-${size}.json`, Buffer.from(JSON.stringify(balance)))
    log(
      `generated monk ${size.toLocaleString('en-US')} entries (${(data.get(`monk-${size}.json`).length / 1e6).toFixed(1)} MB) in ${Date.now() - t} ms`,
    )
  }
  if (only.has('datapath')) {
    for (const provider of PROVIDERS) ensureProviderBody(bodies, provider, config.dataSize)
  }
  return bodies
}

/** `<provider>-<size>.json`, generated unless already there (monk's may be the table's). */
export function ensureProviderBody({ data, generator }, provider, size) {
  const name = `${provider}-${size}.json`
  if (!data.has(name)) data.set(name, ledgerBody(generator, provider, size))
}

const ledgerBody = ({ createLedgerBody }, provider, size) =>
  Buffer.from(JSON.stringify(createLedgerBody(provider, { size, seed: SEED })))
