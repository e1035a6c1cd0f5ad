import type { Decorator, Preview } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { UsageKitProvider } from '@usage-kit/react'
import type { UsageKitTheme } from '@usage-kit/ui'
import { cs } from '@usage-kit/ui/locales/cs'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useState } from 'react'
import '@usage-kit/ui/styles.css'
import { DEMO_THEMES } from '../apps/demo/src/themes.js'

// The same three themes as the demo: the two built in and a host brand set through props.
const themes: Record<string, UsageKitTheme> = DEMO_THEMES

const withKit: Decorator = (Story, context) => {
  // A fresh client per story: no story sees another's cache, and errors show without retries.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  )
  const theme = themes[String(context.globals.theme ?? 'light')] ?? themes.light
  const dark = theme?.mode === 'dark'
  const locale = String(context.globals.locale ?? 'en-US')
  return (
    <div
      dir={String(context.globals.dir ?? 'ltr')}
      // Stands in for a host page: the kit inherits the host's font unless a theme sets one.
      style={{
        padding: 16,
        minHeight: '100vh',
        background: dark ? '#0d1117' : '#ffffff',
        fontFamily: 'system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
      }}
    >
      <UsageKitProvider
        queryClient={client}
        locale={locale}
        {...(locale === 'cs-CZ' ? cs : {})}
        timeZone="UTC"
        {...(theme ? { theme } : {})}
      >
        <Story />
      </UsageKitProvider>
    </div>
  )
}

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withKit],
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', items: ['light', 'dark', 'brand'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: { title: 'Locale', items: ['en-US', 'cs-CZ'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US', dir: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    // Any accessibility violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
}

export default preview
