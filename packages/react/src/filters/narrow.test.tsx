import type { LedgerQuery } from '@usage-kit/core'
import { act, renderHook, waitFor } from '@testing-library/react'
import { StrictMode, useState, type ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { UsageKitProvider } from '../provider/UsageKitProvider.js'
import { useLedgerFilters, type UseLedgerFiltersOptions } from './index.js'

const now = () => new Date('2026-03-20T12:00:00.000Z')
const inUtc = ({ children }: { children: ReactNode }) => (
  <UsageKitProvider timeZone="UTC">{children}</UsageKitProvider>
)
const MARCH_3 = { from: '2026-03-03T00:00:00.000Z', to: '2026-03-03T23:59:59.999Z' }

/**
 * Runs a history move (Back, Forward, or an undo that goes Back): jsdom moves the entry and fires
 * popstate in a later task. Waits on the URL inside act, which renders the result when it ends
 * (React 18 holds the render until then).
 */
async function traverse(move: () => void) {
  const before = window.location.href
  await act(async () => {
    move()
    await waitFor(() => expect(window.location.href).not.toBe(before))
  })
}
const back = () => traverse(() => window.history.back())

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('useLedgerFilters, narrow and undo', () => {
  it('merges the change, then undo restores the exact previous value', () => {
    const onValueChange = vi.fn()
    const start: LedgerQuery = {
      kinds: ['usage'],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
      search: 'gpu',
    }
    const { result } = renderHook(
      () => useLedgerFilters({ defaultValue: start, now, onValueChange }),
      { wrapper: inUtc },
    )
    const before = result.current.value
    expect(result.current.canUndo).toBe(false)
    expect(result.current.preset).toBe('this-month')
    // Keys present replace (an undefined one removes), absent keys stay.
    act(() => result.current.narrow({ ...MARCH_3, categories: ['api'], kinds: undefined }))
    expect(result.current.value).toEqual({ ...MARCH_3, categories: ['api'], search: 'gpu' })
    expect(result.current.preset).toBe('custom')
    expect(result.current.canUndo).toBe(true)
    act(() => result.current.undo())
    expect(result.current.value).toEqual(before)
    expect(result.current.preset).toBe('this-month')
    expect(result.current.canUndo).toBe(false)
    expect(onValueChange).toHaveBeenCalledTimes(2)
    expect(onValueChange).toHaveBeenLastCalledWith(before)
  })

  it('undoes two narrowings in two steps, and a no-op narrowing is no step', () => {
    const { result } = renderHook(() => useLedgerFilters({ now }))
    act(() => result.current.narrow(MARCH_3))
    act(() => result.current.narrow({ categories: ['storage'] }))
    act(() => result.current.narrow({ categories: ['storage'] }))
    act(() => result.current.undo())
    expect(result.current.value).toEqual(MARCH_3)
    expect(result.current.canUndo).toBe(true)
    act(() => result.current.undo())
    expect(result.current.value).toEqual({})
    expect(result.current.canUndo).toBe(false)
    // Nothing left: undo does nothing.
    act(() => result.current.undo())
    expect(result.current.value).toEqual({})
  })

  it('lands two narrowings made in one event as two steps', () => {
    const { result } = renderHook(() => useLedgerFilters({ now }))
    act(() => {
      result.current.narrow(MARCH_3)
      result.current.narrow({ categories: ['api'] })
    })
    expect(result.current.value).toEqual({ ...MARCH_3, categories: ['api'] })
    act(() => result.current.undo())
    expect(result.current.value).toEqual(MARCH_3)
  })

  it('forgets the undo history on a plain setter or reset', () => {
    const { result } = renderHook(() => useLedgerFilters({ now }))
    act(() => result.current.narrow(MARCH_3))
    act(() => result.current.setSearch('fee'))
    expect(result.current.canUndo).toBe(false)
    act(() => result.current.undo())
    expect(result.current.value).toEqual({ ...MARCH_3, search: 'fee' })
    act(() => result.current.narrow({ categories: ['api'] }))
    act(() => result.current.reset())
    expect(result.current.canUndo).toBe(false)
    // Narrowing back to what the forgotten step made does not bring it back.
    act(() => result.current.setValue({ ...MARCH_3, search: 'fee', categories: ['api'] }))
    expect(result.current.canUndo).toBe(false)
  })

  it('throws on an invalid change before anything changes', () => {
    const { result } = renderHook(() => useLedgerFilters({ now }))
    expect(() => result.current.narrow({ from: 'soon' })).toThrow(RangeError)
    expect(result.current.value).toEqual({})
    expect(result.current.canUndo).toBe(false)
  })

  it('narrows and undoes a controlled value through the host', () => {
    const { result } = renderHook(() => {
      const [value, setValue] = useState<LedgerQuery>({ kinds: ['usage'] })
      return useLedgerFilters({ value, onValueChange: setValue, now })
    })
    act(() => result.current.narrow({ categories: ['api'] }))
    expect(result.current.value).toEqual({ kinds: ['usage'], categories: ['api'] })
    act(() => result.current.undo())
    expect(result.current.value).toEqual({ kinds: ['usage'] })
  })
})

describe('useLedgerFilters, narrow and undo in the URL', () => {
  const inUrl = (options: UseLedgerFiltersOptions = {}) =>
    renderHook(() => useLedgerFilters({ url: true, now, ...options }))

  it('pushes an entry for a narrowing, and Back restores the value before it', async () => {
    window.history.replaceState({ router: 1 }, '', '/ledger?page=2&kinds=usage')
    const { result } = inUrl()
    const length = window.history.length
    act(() => result.current.narrow({ ...MARCH_3, categories: ['api'] }))
    expect(window.history.length).toBe(length + 1)
    const search = new URLSearchParams(window.location.search)
    expect(search.get('from')).toBe(MARCH_3.from)
    expect(search.get('to')).toBe(MARCH_3.to)
    expect(search.get('categories')).toBe('api')
    expect(search.get('page')).toBe('2')
    // A router's data rides along in the pushed entry.
    expect(window.history.state).toEqual({ router: 1 })
    await back()
    expect(window.location.search).toBe('?page=2&kinds=usage')
    expect(result.current.value).toEqual({ kinds: ['usage'] })
    // The browser's Back undid the narrowing; nothing is left to undo.
    expect(result.current.canUndo).toBe(false)
  })

  it('undo goes Back over the pushed entries, one per step, and Forward redoes', async () => {
    const { result } = inUrl()
    act(() => result.current.narrow(MARCH_3))
    act(() => result.current.narrow({ categories: ['api'] }))
    const narrowed = window.location.href
    const goBack = vi.spyOn(window.history, 'back')
    await traverse(() => result.current.undo())
    expect(result.current.value).toEqual(MARCH_3)
    expect(goBack).toHaveBeenCalledTimes(1)
    expect(new URLSearchParams(window.location.search).get('categories')).toBe(null)
    expect(result.current.canUndo).toBe(true)
    // Forward returns to the narrowed entry, and its step can be undone again.
    await traverse(() => window.history.forward())
    expect(window.location.href).toBe(narrowed)
    expect(result.current.value).toEqual({ ...MARCH_3, categories: ['api'] })
    expect(result.current.canUndo).toBe(true)
    await traverse(() => result.current.undo())
    expect(result.current.value).toEqual(MARCH_3)
    await traverse(() => result.current.undo())
    expect(result.current.value).toEqual({})
    expect(window.location.search).toBe('')
    expect(result.current.canUndo).toBe(false)
  })

  it('writes a controlled start value into its entry first, so Back returns to it', async () => {
    // The URL has no filters and the host's value some: the entry Back returns to must say so.
    const { result } = renderHook(() => {
      const [value, setValue] = useState<LedgerQuery>({ kinds: ['grant'] })
      return useLedgerFilters({ value, onValueChange: setValue, url: true, now })
    })
    expect(window.location.search).toBe('')
    act(() => result.current.narrow(MARCH_3))
    await back()
    expect(window.location.search).toBe('?kinds=grant')
    expect(result.current.value).toEqual({ kinds: ['grant'] })
  })

  it('replaces the URL for plain setters, and forgets the steps', () => {
    const { result } = inUrl()
    act(() => result.current.narrow(MARCH_3))
    const length = window.history.length
    act(() => result.current.setKinds(['usage']))
    expect(window.history.length).toBe(length)
    expect(result.current.canUndo).toBe(false)
  })

  it('behaves the same under StrictMode double effects', async () => {
    const { result } = renderHook(() => useLedgerFilters({ url: true, now }), {
      wrapper: StrictMode,
    })
    const length = window.history.length
    act(() => result.current.narrow(MARCH_3))
    expect(window.history.length).toBe(length + 1)
    await traverse(() => result.current.undo())
    expect(result.current.value).toEqual({})
    expect(window.location.search).toBe('')
  })
})
