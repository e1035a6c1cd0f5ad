import type { LedgerSource } from '@usage-kit/core'
import type { UsageKitTheme } from '@usage-kit/ui'
import type { ReactNode } from 'react'

/** What the demo hands each compose example. */
export interface ComposePageProps {
  source: LedgerSource
  pagination: 'infinite' | 'offset'
  theme: UsageKitTheme
  /** The demo's fixed clock, when it has one. */
  now?: () => Date
}

/** A compose example's page: title, lede, the live result beside the code that builds it. */
export function ComposeLayout({
  title,
  lede,
  code,
  children,
}: {
  title: string
  lede: ReactNode
  code: string
  children: ReactNode
}) {
  return (
    <div className="demo-compose">
      <h1 className="demo-title">{title}</h1>
      <p className="demo-lede">{lede}</p>
      <div className="demo-compose__grid">
        <section aria-label="Live result" className="demo-compose__live">
          {children}
        </section>
        <section aria-label="Code" className="demo-compose__code">
          <pre tabIndex={0}>
            <code>{code}</code>
          </pre>
        </section>
      </div>
    </div>
  )
}
