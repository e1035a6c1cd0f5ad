import { QueryClient } from '@tanstack/react-query'
import type { LedgerSource } from '@usage-kit/core'
import { UsageKitProvider } from '@usage-kit/react'
import { USAGE_HISTORY_PARTS, UsageHistory, type UsageKitTheme } from '@usage-kit/ui'
import { cs } from '@usage-kit/ui/locales/cs'
import { useMemo, useState, type ReactNode } from 'react'
import { type ComposePageProps } from './ComposeLayout.js'
import { ComposePage } from './ComposePage.js'
import { Controls } from './Controls.js'
import { LivePanel } from './LivePanel.js'
import { OutlookPage } from './OutlookPage.js'
import { UsagePage } from './UsagePage.js'
import type { DemoSettings } from './settings.js'
import { DEMO_THEMES } from './themes.js'

export type DemoView = 'history' | 'compose' | 'usage' | 'outlook'

const PATHS: Record<DemoView, string> = {
  history: '/',
  compose: '/compose',
  usage: '/usage',
  outlook: '/outlook',
}

interface AppProps {
  settings: DemoSettings
  onSettingsChange: (settings: DemoSettings) => void
  source: LedgerSource
  /** Changes whenever the data behind the source changes (provider, size, scenario, live target). */
  sourceKey: string
  view: DemoView
  live: boolean
}

export function App({ settings, onSettingsChange, source, sourceKey, view, live }: AppProps) {
  const theme = DEMO_THEMES[settings.theme]
  // The demo's fixed clock (`?now=`), so presets, grants and the forecast match its mocked data.
  const now = useMemo(
    () => (settings.now ? () => new Date(settings.now as string) : undefined),
    [settings.now],
  )
  const [navView, setNavView] = useState<DemoView>(view)
  const go = (next: DemoView) => {
    const url = new URL(window.location.href)
    url.pathname = PATHS[next]
    window.history.pushState(null, '', url)
    setNavView(next)
  }
  return (
    <div className="demo" data-theme={theme.mode} dir={settings.dir}>
      <header className="demo-header">
        <div className="demo-brand">
          <strong>usage-kit</strong> <span>credit history for any billing provider</span>
        </div>
        <nav aria-label="Demo pages" className="demo-nav">
          <a
            href="/"
            aria-current={navView === 'history' ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), go('history'))}
          >
            Drop-in
          </a>
          <a
            href="/compose"
            aria-current={navView === 'compose' ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), go('compose'))}
          >
            Compose your own
          </a>
          <a
            href="/usage"
            aria-current={navView === 'usage' ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), go('usage'))}
          >
            Usage by category
          </a>
          <a
            href="/outlook"
            aria-current={navView === 'outlook' ? 'page' : undefined}
            onClick={(e) => (e.preventDefault(), go('outlook'))}
          >
            What is left
          </a>
        </nav>
      </header>
      <div className="demo-body">
        <aside className="demo-sidebar">
          <Controls settings={settings} onChange={onSettingsChange} />
          <LivePanel live={live} provider={settings.provider} />
        </aside>
        <main className="demo-main">
          <KitScope key={sourceKey} locale={settings.locale} theme={theme}>
            {navView !== 'history' ? (
              <ComposeExample
                view={navView}
                source={source}
                pagination={settings.pagination}
                theme={theme}
                {...(now ? { now } : {})}
              />
            ) : (
              <>
                <h1 className="demo-title">
                  {settings.locale === 'cs-CZ' ? 'Historie kreditů' : 'Credit history'}
                </h1>
                <UsageHistory
                  source={source}
                  pagination={settings.pagination}
                  // Every part, the period statement included.
                  show={USAGE_HISTORY_PARTS}
                  {...(now ? { now } : {})}
                  syncUrl
                  theme={theme}
                />
              </>
            )}
          </KitScope>
        </main>
      </div>
    </div>
  )
}

/** The compose examples, one per demo page other than the drop-in. */
const EXAMPLES = { compose: ComposePage, usage: UsagePage, outlook: OutlookPage } as const

function ComposeExample({
  view,
  ...props
}: ComposePageProps & { view: Exclude<DemoView, 'history'> }) {
  const Example = EXAMPLES[view]
  return <Example {...props} />
}

/**
 * The kit's provider with a QueryClient of its own. Keyed by the data source, so new data gets a
 * new client: nothing cached from another scenario leaks into this one.
 */
function KitScope({
  locale,
  theme,
  children,
}: {
  locale: string
  theme: UsageKitTheme
  children: ReactNode
}) {
  const [client] = useState(() => new QueryClient())
  return (
    <UsageKitProvider
      queryClient={client}
      locale={locale}
      // The demo's billing cycles start on the 15th: the date picker offers cycle ranges.
      cycleAnchor={15}
      theme={theme}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      {children}
    </UsageKitProvider>
  )
}
