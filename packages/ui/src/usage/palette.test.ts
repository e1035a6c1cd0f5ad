/**
 * The series palette meets WCAG 1.4.11 (non-text contrast, 3:1) against the chart's background
 * in both palettes, read from the stylesheet the kit ships and from theme/tokens.ts, which must
 * agree.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SERIES_COUNT, SERIES_PALETTE } from '../theme/tokens.js'

const css = readFileSync(join(import.meta.dirname, '../styles/00-tokens.css'), 'utf8')

/** The fallbacks a palette block declares: `--_uk-x: var(--uk-x, #abc)` → { x: '#abc' }. */
function paletteBlock(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  const block = css.slice(start, css.indexOf('}', start))
  const values: Record<string, string> = {}
  for (const [, name, value] of block.matchAll(
    /--_uk-([\w-]+): var\(--uk-[\w-]+, (#[\da-f]{6})\)/g,
  ))
    values[name!] = value!
  return values
}

/** WCAG relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

const PALETTES = [
  ['light', ':where(.uk-root)'],
  ['dark', ":where(.uk-root[data-theme='dark'])"],
] as const

describe('series palette', () => {
  it.each(PALETTES)('%s: the stylesheet declares the tokens.ts colours', (mode, selector) => {
    const block = paletteBlock(selector)
    const palette = SERIES_PALETTE[mode]
    expect(palette.series).toHaveLength(SERIES_COUNT)
    expect(block['color-surface']).toBe(palette.surface)
    palette.series.forEach((color, i) => expect(block[`series-${i + 1}`]).toBe(color))
    expect(block['series-other']).toBe(palette.other)
  })

  it.each(PALETTES)('%s: every series is at least 3:1 on the surface', (mode) => {
    const { surface, series, other } = SERIES_PALETTE[mode]
    for (const color of [...series, other]) {
      expect({ color, ratio: contrast(color, surface) }).toEqual({
        color,
        ratio: expect.toSatisfy((ratio: number) => ratio >= 3),
      })
    }
  })

  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
})
