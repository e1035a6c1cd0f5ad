/** The five providers, side by side, for tests that must hold for every one of them. */
import type * as v from 'valibot'
import {
  createLassoMock,
  createMonkMock,
  createNgrokMock,
  createSynapMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
  type MockOptions,
  type ProviderMock,
} from '@usage-kit/mocks'
import {
  createLassoSource,
  createMonkSource,
  createNgrokSource,
  createSynapSource,
  createVayuSource,
  type LedgerSource,
  type ProviderId,
} from '@usage-kit/core'
import { parseLassoLedger } from '../src/providers/lasso/parse.js'
import { lassoLedgerSchema } from './schemas/lasso.js'
import { parseMonkLedger } from '../src/providers/monk/parse.js'
import { monkLedgerSchema } from './schemas/monk.js'
import { parseNgrokLedger } from '../src/providers/ngrok/parse.js'
import { ngrokLedgerSchema } from './schemas/ngrok.js'
import { parseSynapLedger } from '../src/providers/synap/parse.js'
import { synapLedgerSchema } from './schemas/synap.js'
import { parseVayuLedger } from '../src/providers/vayu/parse.js'
import { vayuLedgerSchema } from './schemas/vayu.js'

export interface ProviderCase {
  provider: ProviderId
  mock(options?: MockOptions): ProviderMock
  source(): LedgerSource
  /** The ledger endpoint's URL (for serving arbitrary bodies). */
  ledgerUrl: string
  parse(body: unknown): unknown
  schema: v.GenericSchema
}

const token = 'test-token'

export const PROVIDERS: ProviderCase[] = [
  {
    provider: 'synap',
    mock: (o) => createSynapMock(o),
    source: () => createSynapSource({ token }),
    ledgerUrl: 'https://synap-cloud-prod.maximem.ai/v1/credits/ledger',
    parse: parseSynapLedger,
    schema: synapLedgerSchema,
  },
  {
    provider: 'vayu',
    mock: (o) => createVayuMock(o),
    source: () => createVayuSource({ token, customerId: VAYU_CUSTOMER_ID }),
    ledgerUrl: 'https://connect.withvayu.com/credits',
    parse: parseVayuLedger,
    schema: vayuLedgerSchema,
  },
  {
    provider: 'monk',
    mock: (o) => createMonkMock(o),
    source: () => createMonkSource({ token, contractId: MONK_CONTRACT_ID }),
    ledgerUrl: `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`,
    parse: parseMonkLedger,
    schema: monkLedgerSchema,
  },
  {
    provider: 'ngrok',
    mock: (o) => createNgrokMock(o),
    source: () => createNgrokSource({ token }),
    ledgerUrl: 'https://api.ngrok.ai/credits/transactions',
    parse: parseNgrokLedger,
    schema: ngrokLedgerSchema,
  },
  {
    provider: 'lasso',
    mock: (o) => createLassoMock(o),
    source: () => createLassoSource({ token }),
    ledgerUrl: 'https://hub.banditshq.com/api/v1/credits/usage',
    parse: parseLassoLedger,
    schema: lassoLedgerSchema,
  },
]
