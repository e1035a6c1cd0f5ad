import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { UsageKitProvider, useUsageKit } from './UsageKitProvider.js'

describe('UsageKitProvider', () => {
  it('creates a QueryClient when there is none', () => {
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <UsageKitProvider>{children}</UsageKitProvider>
      ),
    })
    expect(result.current).toBeInstanceOf(QueryClient)
  })

  it("uses the host's surrounding client instead of creating a second one", () => {
    const host = new QueryClient()
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={host}>
          <UsageKitProvider>{children}</UsageKitProvider>
        </QueryClientProvider>
      ),
    })
    expect(result.current).toBe(host)
  })

  it('prefers the client passed as a prop', () => {
    const host = new QueryClient()
    const own = new QueryClient()
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={host}>
          <UsageKitProvider queryClient={own}>{children}</UsageKitProvider>
        </QueryClientProvider>
      ),
    })
    expect(result.current).toBe(own)
  })

  it('keeps its client across re-renders', () => {
    const { result, rerender } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <UsageKitProvider>{children}</UsageKitProvider>
      ),
    })
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
  })

  it('passes locale, time zone, theme and messages down, with defaults', () => {
    const theme = { accent: '#0a7' }
    const { result } = renderHook(() => useUsageKit(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <UsageKitProvider
          locale="cs-CZ"
          timeZone="Europe/Prague"
          theme={theme}
          messages={{ empty: 'Nic' }}
        >
          {children}
        </UsageKitProvider>
      ),
    })
    expect(result.current).toEqual({
      locale: 'cs-CZ',
      timeZone: 'Europe/Prague',
      theme,
      messages: { empty: 'Nic' },
    })
    const defaults = renderHook(() => useUsageKit(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <UsageKitProvider>{children}</UsageKitProvider>
      ),
    })
    expect(defaults.result.current.locale).toBe('en-US')
    expect(defaults.result.current.timeZone).toMatch(/\w/)
  })

  it('exposes a valid cycleAnchor and throws at render on an invalid one, naming it', () => {
    const withAnchor = (cycleAnchor: number | string) =>
      renderHook(() => useUsageKit(), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <UsageKitProvider cycleAnchor={cycleAnchor}>{children}</UsageKitProvider>
        ),
      })
    expect(withAnchor(31).result.current.cycleAnchor).toBe(31)
    expect(withAnchor('2025-01-15').result.current.cycleAnchor).toBe('2025-01-15')
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => withAnchor(0)).toThrow(/cycleAnchor .*got 0/)
    expect(() => withAnchor(1.5)).toThrow(/cycleAnchor .*got 1\.5/)
    expect(() => withAnchor('abc')).toThrow(/cycleAnchor .*got "abc"/)
    vi.restoreAllMocks()
  })

  it('says what to do when a kit hook is used outside the provider', () => {
    expect(() => renderHook(() => useUsageKit())).toThrow(
      /no <UsageKitProvider> above this component/,
    )
  })
})
