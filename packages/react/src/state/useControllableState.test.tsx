import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { version } from 'react'
import { useControllableState, type UseControllableStateOptions } from './useControllableState.js'

type Options = UseControllableStateOptions<number>

function render(initialProps: Options) {
  return renderHook((props: Options) => useControllableState(props), { initialProps })
}

afterEach(() => {
  vi.restoreAllMocks()
})

it('runs on the React major of its project', () => {
  expect(Number(version.split('.')[0])).toBe(inject('reactMajor'))
})

describe('useControllableState, uncontrolled', () => {
  it('starts at defaultProp (a value or a function that makes it) and keeps its own value', () => {
    const make = vi.fn(() => 3)
    const { result, rerender } = render({ defaultProp: make })
    expect(result.current[0]).toBe(3)
    act(() => result.current[1](4))
    expect(result.current[0]).toBe(4)
    rerender({ defaultProp: make })
    expect(make).toHaveBeenCalledTimes(1)
    expect(render({ defaultProp: 7 }).result.current[0]).toBe(7)
  })

  it('lands two updates made in one event, each seeing the one before', () => {
    const onChange = vi.fn()
    const { result } = render({ defaultProp: 1, onChange })
    act(() => {
      result.current[1]((n) => n + 1)
      result.current[1]((n) => n * 10)
    })
    expect(result.current[0]).toBe(20)
    expect(onChange.mock.calls).toEqual([[2], [20]])
  })

  it('calls the latest onChange, only for a change, and keeps the setter identity', () => {
    const first = vi.fn()
    const second = vi.fn()
    const { result, rerender } = render({ defaultProp: 1, onChange: first })
    const setter = result.current[1]
    act(() => result.current[1](1))
    expect(first).not.toHaveBeenCalled()
    rerender({ defaultProp: 1, onChange: second })
    act(() => result.current[1](2))
    expect(second).toHaveBeenCalledWith(2)
    expect(first).not.toHaveBeenCalled()
    expect(result.current[1]).toBe(setter)
  })

  it('ignores a change its equals calls no change', () => {
    const onChange = vi.fn()
    const sameParity = (a: number, b: number) => a % 2 === b % 2
    const { result } = render({ defaultProp: 1, onChange, equals: sameParity })
    act(() => result.current[1](3))
    expect(result.current[0]).toBe(1)
    expect(onChange).not.toHaveBeenCalled()
  })
})

describe('useControllableState, controlled', () => {
  it('shows prop, keeps no copy, and reports changes resolved against the rendered prop', () => {
    const onChange = vi.fn()
    const { result, rerender } = render({ prop: 5, defaultProp: 0, onChange })
    expect(result.current[0]).toBe(5)
    act(() => result.current[1]((n) => n + 1))
    expect(onChange).toHaveBeenLastCalledWith(6)
    // The host did not take the change: the value stays its own.
    expect(result.current[0]).toBe(5)
    act(() => result.current[1]((n) => n + 2))
    expect(onChange).toHaveBeenLastCalledWith(7)
    rerender({ prop: 9, defaultProp: 0, onChange })
    expect(result.current[0]).toBe(9)
    act(() => result.current[1](9))
    expect(onChange).toHaveBeenCalledTimes(2)
  })
})

describe('useControllableState, switching owner', () => {
  it('warns once in development when a component switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = render({ defaultProp: 0, caller: 'Thing' })
    expect(warn).not.toHaveBeenCalled()
    rerender({ prop: 1, defaultProp: 0, caller: 'Thing' })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(/^Thing is changing from uncontrolled to controlled/)
    rerender({ defaultProp: 0, caller: 'Thing' })
    rerender({ prop: 2, defaultProp: 0, caller: 'Thing' })
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('warns from controlled to uncontrolled, and never while the owner stays', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = render({ prop: 1, defaultProp: 0 })
    rerender({ prop: 2, defaultProp: 0 })
    expect(warn).not.toHaveBeenCalled()
    rerender({ defaultProp: 0 })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toMatch(/changing from controlled to uncontrolled/)
  })

  it('stays silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      const { rerender } = render({ defaultProp: 0 })
      rerender({ prop: 1, defaultProp: 0 })
      expect(warn).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
