import type { LedgerQuery } from '@usage-kit/core'
import { act, renderHook } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UsageKitProvider } from '../provider/UsageKitProvider.js'
import { DATE_PRESETS, useLedgerFilters, type UseLedgerFiltersOptions } from './index.js'

function inZone(timeZone: string) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <UsageKitProvider timeZone={timeZone}>{children}</UsageKitProvider>
  }
}

const at = (iso: string) => () => new Date(iso)

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('useLedgerFilters, uncontrolled', () => {
  it('starts from the normalized defaultValue and keeps its identity across renders', () => {
    const { result, rerender } = renderHook(() =>
      // A fresh literal every render, as hosts write it.
      useLedgerFilters({ defaultValue: { kinds: ['usage', 'grant'], search: '  fee ' } }),
    )
    const first = result.current.value
    expect(first).toEqual({ kinds: ['grant', 'usage'], search: 'fee' })
    expect(result.current.isDefault).toBe(true)
    rerender()
    expect(result.current.value).toBe(first)
  })

  it('applies every setter and reports each normalized change', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useLedgerFilters({ onValueChange }))
    act(() => result.current.setKinds(['usage', 'grant']))
    expect(result.current.value).toEqual({ kinds: ['grant', 'usage'] })
    act(() => result.current.toggleKind('usage'))
    expect(result.current.value).toEqual({ kinds: ['grant'] })
    act(() => result.current.toggleKind('expiration'))
    expect(result.current.value).toEqual({ kinds: ['grant', 'expiration'] })
    act(() => result.current.setCategories([' storage ', 'api', 'api']))
    act(() => result.current.setSearch('  top up '))
    act(() => result.current.setRange({ from: '2026-03-01', to: '2026-03-31T23:59:59.999Z' }))
    expect(result.current.value).toEqual({
      kinds: ['grant', 'expiration'],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
      categories: ['api', 'storage'],
      search: 'top up',
    })
    expect(onValueChange).toHaveBeenCalledTimes(6)
    expect(onValueChange).toHaveBeenLastCalledWith(result.current.value)
    act(() => result.current.setRange({}))
    expect(result.current.value).not.toHaveProperty('from')
    act(() => result.current.reset())
    expect(result.current.value).toEqual({})
    expect(result.current.isDefault).toBe(true)
  })

  it('stays quiet when a change changes nothing', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() =>
      useLedgerFilters({ defaultValue: { kinds: ['usage'] }, onValueChange }),
    )
    act(() => result.current.setKinds(['usage']))
    act(() => result.current.setSearch('   '))
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('lands two changes made in one event', () => {
    const { result } = renderHook(() => useLedgerFilters())
    act(() => {
      result.current.setKinds(['usage'])
      result.current.setSearch('fee')
    })
    expect(result.current.value).toEqual({ kinds: ['usage'], search: 'fee' })
  })

  it('keeps setter identities while calling the latest onValueChange', () => {
    const first = vi.fn()
    const second = vi.fn()
    const { result, rerender } = renderHook(
      (props: UseLedgerFiltersOptions) => useLedgerFilters(props),
      { initialProps: { onValueChange: first } },
    )
    const before = result.current
    act(() => result.current.setSearch('a'))
    rerender({ onValueChange: second })
    const after = result.current
    for (const name of [
      'setValue',
      'setKinds',
      'toggleKind',
      'setCategories',
      'setSearch',
      'setRange',
      'setPreset',
      'reset',
    ] as const) {
      expect(after[name]).toBe(before[name])
    }
    act(() => result.current.setSearch('b'))
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).toHaveBeenCalledWith({ search: 'b' })
  })

  it('throws on an invalid query and keeps the value', () => {
    const { result } = renderHook(() => useLedgerFilters())
    expect(() => result.current.setRange({ from: '2026-04-01', to: '2026-03-01' })).toThrow(
      RangeError,
    )
    expect(result.current.value).toEqual({})
  })
})

describe('useLedgerFilters, controlled', () => {
  it('returns the given value normalized and only reports changes', () => {
    const onValueChange = vi.fn()
    const { result, rerender } = renderHook(
      (props: UseLedgerFiltersOptions) => useLedgerFilters(props),
      { initialProps: { value: { kinds: ['usage', 'grant'] }, onValueChange } },
    )
    expect(result.current.value).toEqual({ kinds: ['grant', 'usage'] })
    act(() => result.current.toggleKind('grant'))
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['usage'] })
    expect(result.current.value).toEqual({ kinds: ['grant', 'usage'] })
    // The host did not take the change: the next setter starts from the host's value again.
    act(() => result.current.toggleKind('grant'))
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['usage'] })
    rerender({ value: { kinds: ['usage'] }, onValueChange })
    expect(result.current.value).toEqual({ kinds: ['usage'] })
    act(() => result.current.setSearch(' x '))
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['usage'], search: 'x' })
  })

  it('ignores defaultValue for the value but resets to it', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() =>
      useLedgerFilters({ value: {}, defaultValue: { kinds: ['usage'] }, onValueChange }),
    )
    expect(result.current.value).toEqual({})
    expect(result.current.isDefault).toBe(false)
    act(() => result.current.reset())
    expect(onValueChange).toHaveBeenCalledWith({ kinds: ['usage'] })
  })

  it('follows a host that keeps the value in its own state', () => {
    const { result } = renderHook(() => {
      const [value, setValue] = useState<LedgerQuery>({})
      return { host: value, filters: useLedgerFilters({ value, onValueChange: setValue }) }
    })
    act(() => result.current.filters.setKinds(['reversal', 'grant']))
    expect(result.current.host).toEqual({ kinds: ['grant', 'reversal'] })
    expect(result.current.filters.value).toEqual(result.current.host)
  })
})

describe('useLedgerFilters, presets', () => {
  it('sets and derives presets in the kit time zone', () => {
    const { result } = renderHook(() => useLedgerFilters({ now: at('2026-03-29T12:00:00.000Z') }), {
      wrapper: inZone('Europe/Prague'),
    })
    // No cycle anchor: the calendar presets only, as before billing cycles existed.
    expect(result.current.presets).toEqual(DATE_PRESETS.filter((p) => !p.includes('cycle')))
    expect(result.current.preset).toBe('all-time')
    act(() => result.current.setPreset('last-7-days'))
    expect(result.current.value).toEqual({
      from: '2026-03-22T23:00:00.000Z',
      to: '2026-03-29T21:59:59.999Z',
    })
    expect(result.current.preset).toBe('last-7-days')
    act(() => result.current.setPreset('last-month'))
    expect(result.current.value).toEqual({
      from: '2026-01-31T23:00:00.000Z',
      to: '2026-02-28T22:59:59.999Z',
    })
    expect(result.current.preset).toBe('last-month')
    // 'custom' keeps the range and says so; a hand-picked range is custom too.
    act(() => result.current.setPreset('custom'))
    expect(result.current.value.from).toBe('2026-01-31T23:00:00.000Z')
    expect(result.current.preset).toBe('custom')
    act(() => result.current.setPreset('all-time'))
    expect(result.current.value).toEqual({})
    expect(result.current.preset).toBe('all-time')
    act(() => result.current.setRange({ from: '2026-03-02' }))
    expect(result.current.preset).toBe('custom')
  })

  it('offers and sets billing cycles from the provider anchor, or its own', () => {
    const now = at('2026-03-20T12:00:00.000Z')
    const { result, rerender } = renderHook(
      ({ cycleAnchor }: { cycleAnchor?: number | string }) =>
        useLedgerFilters({ now, cycleAnchor }),
      {
        initialProps: {},
        wrapper: ({ children }: { children: ReactNode }) => (
          <UsageKitProvider timeZone="America/Los_Angeles" cycleAnchor={8}>
            {children}
          </UsageKitProvider>
        ),
      },
    )
    expect(result.current.presets).toBe(DATE_PRESETS)
    act(() => result.current.setPreset('this-cycle'))
    // March 8 is the day Los Angeles springs forward; its midnight is still PST.
    expect(result.current.value).toEqual({
      from: '2026-03-08T08:00:00.000Z',
      to: '2026-04-08T06:59:59.999Z',
    })
    expect(result.current.preset).toBe('this-cycle')
    act(() => result.current.setPreset('last-3-cycles'))
    expect(result.current.value.from).toBe('2026-01-08T08:00:00.000Z')
    expect(result.current.preset).toBe('last-3-cycles')
    // The hook's own anchor wins over the provider's.
    rerender({ cycleAnchor: '2025-06-15' })
    expect(result.current.preset).toBe('custom')
    act(() => result.current.setPreset('last-cycle'))
    expect(result.current.value).toEqual({
      from: '2026-02-15T08:00:00.000Z',
      to: '2026-03-15T06:59:59.999Z',
    })
  })

  it('throws at render on an invalid cycle anchor, naming it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useLedgerFilters({ cycleAnchor: 32 }))).toThrow(
      /cycleAnchor .*got 32/,
    )
    expect(() =>
      renderHook(() => useLedgerFilters(), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <UsageKitProvider cycleAnchor="2026-02-30">{children}</UsageKitProvider>
        ),
      }),
    ).toThrow(/cycleAnchor .*got "2026-02-30"/)
  })

  it('keeps a custom range custom, given with its days, on a day it equals a preset', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(
      () => useLedgerFilters({ now: at('2026-04-30T12:00:00.000Z'), onValueChange }),
      { wrapper: inZone('UTC') },
    )
    // April 1 to 30 is 'this-month' today, but the user picked these days by hand.
    act(() =>
      result.current.setPreset('custom', {
        from: '2026-04-01T00:00:00.000Z',
        to: '2026-04-30T23:59:59.999Z',
      }),
    )
    expect(result.current.value).toEqual({
      from: '2026-04-01T00:00:00.000Z',
      to: '2026-04-30T23:59:59.999Z',
    })
    expect(result.current.preset).toBe('custom')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    // Picking the preset itself ends it.
    act(() => result.current.setPreset('this-month'))
    expect(result.current.preset).toBe('this-month')
    expect(() =>
      result.current.setPreset('custom', { from: '2026-05-01', to: '2026-04-01' }),
    ).toThrow(RangeError)
  })

  it('keeps the picked preset when another covers the same days', () => {
    const { result } = renderHook(() => useLedgerFilters({ now: at('2026-04-30T12:00:00.000Z') }), {
      wrapper: inZone('UTC'),
    })
    act(() => result.current.setPreset('this-month'))
    expect(result.current.preset).toBe('this-month')
    act(() => result.current.setPreset('last-30-days'))
    expect(result.current.preset).toBe('last-30-days')
    expect(result.current.value).toEqual({
      from: '2026-04-01T00:00:00.000Z',
      to: '2026-04-30T23:59:59.999Z',
    })
  })

  it('uses the browser time zone outside a provider', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const now = new Date('2026-03-08T15:00:00.000Z')
    const { result } = renderHook(() => useLedgerFilters({ now: () => now }))
    act(() => result.current.setPreset('this-month'))
    const expected = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now).slice(0, 7)
    const firstDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(
      new Date(result.current.value.from!),
    )
    expect(firstDay).toBe(`${expected}-01`)
    expect(result.current.preset).toBe('this-month')
  })
})

describe('useLedgerFilters, url', () => {
  it('reads the URL at start, over defaultValue, without writing it', () => {
    window.history.replaceState(null, '', '/ledger?page=2&kinds=usage#top')
    const replace = vi.spyOn(window.history, 'replaceState')
    const { result } = renderHook(() =>
      useLedgerFilters({ url: true, defaultValue: { kinds: ['grant'] } }),
    )
    expect(result.current.value).toEqual({ kinds: ['usage'] })
    expect(replace).not.toHaveBeenCalled()
  })

  it('starts from defaultValue when the URL has no filters, leaving it clean', () => {
    window.history.replaceState(null, '', '/ledger?page=2&kinds=bogus')
    const replace = vi.spyOn(window.history, 'replaceState')
    const { result } = renderHook(() =>
      useLedgerFilters({ url: true, defaultValue: { kinds: ['grant'] } }),
    )
    expect(result.current.value).toEqual({ kinds: ['grant'] })
    expect(replace).not.toHaveBeenCalled()
    expect(window.location.search).toBe('?page=2&kinds=bogus')
  })

  it('writes changes in place, keeping other parameters, the hash and history state', () => {
    window.history.replaceState({ router: 'state' }, '', '/ledger?page=2&kinds=usage#top')
    const push = vi.spyOn(window.history, 'pushState')
    const length = window.history.length
    const { result } = renderHook(() => useLedgerFilters({ url: true }))
    act(() => result.current.setSearch('top up'))
    expect(window.location.pathname).toBe('/ledger')
    expect(window.location.search).toBe('?page=2&kinds=usage&q=top+up')
    expect(window.location.hash).toBe('#top')
    act(() => result.current.setKinds([]))
    expect(window.location.search).toBe('?page=2&q=top+up')
    expect(window.history.state).toEqual({ router: 'state' })
    expect(window.history.length).toBe(length)
    expect(push).not.toHaveBeenCalled()
  })

  it('follows Back and Forward, reading a URL without filters as the defaults', () => {
    const { result } = renderHook(() =>
      useLedgerFilters({ url: true, defaultValue: { kinds: ['grant'] } }),
    )
    const replace = vi.spyOn(window.history, 'replaceState')
    act(() => {
      window.history.pushState(null, '', '/?kinds=expiration&q=old')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current.value).toEqual({ kinds: ['expiration'], search: 'old' })
    act(() => {
      window.history.pushState(null, '', '/?page=3')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current.value).toEqual({ kinds: ['grant'] })
    // Following the URL never rewrites the entry being visited.
    expect(replace).not.toHaveBeenCalled()
  })

  it('hands the URL to a controlled host and mirrors what the host decides', () => {
    window.history.replaceState(null, '', '/?kinds=usage&x=1')
    const { result } = renderHook(() => {
      const [value, setValue] = useState<LedgerQuery>({ kinds: ['grant'] })
      return useLedgerFilters({ url: true, value, onValueChange: setValue })
    })
    expect(result.current.value).toEqual({ kinds: ['usage'] })
    act(() => result.current.toggleKind('adjustment'))
    expect(window.location.search).toBe('?kinds=usage,adjustment&x=1')
  })

  it('behaves the same under StrictMode double effects', () => {
    window.history.replaceState(null, '', '/?kinds=usage')
    const replace = vi.spyOn(window.history, 'replaceState')
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useLedgerFilters({ url: true, onValueChange }), {
      reactStrictMode: true,
    })
    expect(result.current.value).toEqual({ kinds: ['usage'] })
    expect(onValueChange).not.toHaveBeenCalled()
    expect(replace).not.toHaveBeenCalled()
    act(() => result.current.setSearch('fee'))
    expect(replace).toHaveBeenCalledTimes(1)
    expect(window.location.search).toBe('?kinds=usage&q=fee')
  })

  it('stops listening when unmounted, and leaves the URL alone without url', () => {
    const onValueChange = vi.fn()
    const { result, unmount } = renderHook(() => useLedgerFilters({ onValueChange }))
    act(() => result.current.setSearch('fee'))
    expect(window.location.search).toBe('')
    const mounted = renderHook(() => useLedgerFilters({ url: true, onValueChange }))
    mounted.unmount()
    unmount()
    onValueChange.mockClear()
    window.history.pushState(null, '', '/?kinds=usage')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(onValueChange).not.toHaveBeenCalled()
  })
})

describe('useLedgerFilters, server rendering', () => {
  function Probe(props: UseLedgerFiltersOptions) {
    const filters = useLedgerFilters(props)
    return <output>{`${JSON.stringify(filters.value)} ${filters.preset}`}</output>
  }

  it('renders on a server without window, then hydrates and follows the URL', async () => {
    const props = { url: true, defaultValue: { kinds: ['grant'] }, now: at('2026-03-15T10:00:00Z') }
    vi.stubGlobal('window', undefined)
    const html = renderToString(<Probe {...(props as UseLedgerFiltersOptions)} />)
    vi.unstubAllGlobals()
    expect(html).toContain('{&quot;kinds&quot;:[&quot;grant&quot;]} all-time')

    window.history.replaceState(null, '', '/?kinds=usage')
    const container = document.createElement('div')
    container.innerHTML = html
    const errors = vi.spyOn(console, 'error')
    const recoverable = vi.fn()
    let root: ReturnType<typeof hydrateRoot> | undefined
    await act(async () => {
      root = hydrateRoot(container, <Probe {...(props as UseLedgerFiltersOptions)} />, {
        onRecoverableError: recoverable,
      })
    })
    expect(container.textContent).toBe('{"kinds":["usage"]} all-time')
    expect(recoverable).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
    act(() => root?.unmount())
  })
})
