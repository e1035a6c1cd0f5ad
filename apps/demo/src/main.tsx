import { createRemoteSource } from '@usage-kit/core'
import { createMockWorker } from '@usage-kit/mocks/browser'
import '@usage-kit/ui/styles.css'
import { StrictMode, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { App, type DemoView } from './App.js'
import { createDemoMock, MOCK_TOKEN, mockBaseUrl } from './mocks.js'
import { readSettings, writeSettings, type DemoSettings } from './settings.js'
import { createDemoSource } from './sources.js'
import './demo.css'

const params = new URLSearchParams(window.location.search)
// The default clock of mocked ledgers: the start of this hour, so reloads show the same data.
const HOUR_START = new Date(Date.now() - (Date.now() % 3_600_000)).toISOString()
const live = params.get('live') === '1'
// Live mode's token is read once and removed from the address bar and history at once.
const liveToken = live ? (params.get('token') ?? undefined) : undefined
if (liveToken !== undefined) {
  const url = new URL(window.location.href)
  url.searchParams.delete('token')
  window.history.replaceState(null, '', url)
}

const worker = live ? null : createMockWorker()
if (worker) {
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
}

function Root() {
  const [settings, setSettings] = useState<DemoSettings>(() => readSettings(window.location.search))
  const path = window.location.pathname
  const view: DemoView = path.startsWith('/compose')
    ? 'compose'
    : path.startsWith('/usage')
      ? 'usage'
      : path.startsWith('/outlook')
        ? 'outlook'
        : 'history'
  const sourceKey = live
    ? 'live'
    : `${settings.provider}|${settings.size}|${settings.scenario}|${settings.now ?? ''}|${settings.provider === 'vayu' ? settings.vayu : ''}`
  const source = useMemo(() => {
    if (live) {
      return createDemoSource({
        provider: settings.provider,
        baseUrl: params.get('baseUrl') ?? '',
        token: liveToken,
        customerId: params.get('customerId') ?? undefined,
        contractId: params.get('contractId') ?? undefined,
      })
    }
    if (settings.mode === 'server') {
      // The demo's own server runs createLedgerHandler against the mocked provider; no key here.
      const now = settings.now ?? HOUR_START
      const path = [settings.provider, settings.scenario, settings.size, now].map((part) =>
        encodeURIComponent(String(part)),
      )
      return createRemoteSource({ url: `${window.location.origin}/server-api/${path.join('/')}` })
    }
    // New mocked data for this combination of switches; the worker answers with it from now on.
    worker?.resetHandlers(...createDemoMock(settings).handlers)
    return createDemoSource({
      provider: settings.provider,
      baseUrl: mockBaseUrl(settings.provider),
      token: MOCK_TOKEN,
    })
    // The key names everything the source depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceKey])
  return (
    <App
      settings={settings}
      onSettingsChange={(next) => {
        if (!live) writeSettings(next)
        setSettings(next)
      }}
      source={source}
      sourceKey={sourceKey}
      view={view}
      live={live}
    />
  )
}

if (!live) writeSettings(readSettings(window.location.search))
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Root />
  </StrictMode>,
)
