import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useShowGrant } from './useShowGrant.js'

describe('useShowGrant', () => {
  it('looks for the grant row when the rendered rows change, not on every render', () => {
    const box = document.createElement('div')
    document.body.append(box)
    const scrollRef = { current: box }
    const detailsId = vi.fn((row: number) => `details-${row}`)
    const scrollToRow = vi.fn()
    const toggleExpanded = vi.fn()
    const grants = new Map([['g1', 4]])
    const { result, rerender } = renderHook(
      ({ rendered }: { rendered: unknown; unrelated: number }) =>
        useShowGrant({
          grants,
          order: null,
          toggleExpanded,
          scrollRef,
          rendered,
          scrollToRow,
          detailsId,
        }),
      { initialProps: { rendered: 'window 1', unrelated: 0 } },
    )
    act(() => result.current('g1'))
    expect(toggleExpanded).toHaveBeenCalledWith('g1', true)
    expect(scrollToRow).toHaveBeenCalledWith(4)
    const looks = detailsId.mock.calls.length
    // The row is not in the DOM yet; renders that change no rows do not look again.
    rerender({ rendered: 'window 1', unrelated: 1 })
    rerender({ rendered: 'window 1', unrelated: 2 })
    expect(detailsId.mock.calls.length).toBe(looks)
    // The rows change and the grant's row is there: it is focused, once.
    box.innerHTML = '<div tabindex="-1" id="row"></div><div id="details-4"></div>'
    rerender({ rendered: 'window 2', unrelated: 2 })
    expect(document.activeElement?.id).toBe('row')
    expect(scrollToRow).toHaveBeenCalledTimes(1)
    box.remove()
  })
})
