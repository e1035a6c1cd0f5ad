import type { UsageKitTheme } from '@usage-kit/ui'

/** The three demo themes: the two built in, and a host brand set entirely through props. */
export const DEMO_THEMES: Record<'light' | 'dark' | 'brand', UsageKitTheme> = {
  light: { mode: 'light' },
  dark: { mode: 'dark' },
  brand: {
    mode: 'light',
    colors: {
      accent: '#6d28d9',
      focus: '#6d28d9',
      grant: '#0f766e',
      usage: '#9d174d',
      surfaceMuted: '#faf7ff',
    },
    radius: '14px',
    density: 'spacious',
    font: 'Georgia, "Times New Roman", serif',
  },
}
