import { describe, expect, it } from 'vitest'
import { boundedMapSet } from './bounded-map.js'

describe('boundedMapSet', () => {
  it('keeps at most max keys, dropping the oldest first', () => {
    const map = new Map<string, number>()
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) boundedMapSet(map, key, i, 3)
    expect([...map.keys()]).toEqual(['b', 'c', 'd'])
  })

  it('replacing a key keeps its place and evicts nothing', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
    ])
    boundedMapSet(map, 'a', 3, 2)
    expect([...map.entries()]).toEqual([
      ['a', 3],
      ['b', 2],
    ])
  })
})
