/**
 * The shadcn bridge (themes/shadcn.css) against the kit's tokens (styles/00-tokens.css): it maps
 * the shadcn variables the issue names onto the kit's colours, a host's `--uk-*` value still comes
 * first, and its last-resort fallbacks are the kit's own palette, light and dark, so the two files
 * cannot drift apart. In dark it declares the whole dark palette (the host's `.dark` must darken
 * what shadcn does not name too). The computed colours in a browser: ShadcnBridge.stories.tsx.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(join(import.meta.dirname, path), 'utf8')
const bridge = read('shadcn.css')
const tokens = read('../styles/00-tokens.css')

/** A rule's `--_uk-*` declarations, by name: `--_uk-x: var(--uk-x, #abc)` → { x: 'var(…)' }. */
function block(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no rule ${selector}`)
  const body = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries(
    [...body.matchAll(/--_uk-([\w-]+): (.+);/g)].map(([, name, value]) => [name!, value!]),
  )
}

/** `var(--a, var(--b, #fff))` → { chain: ['--a', '--b'], fallback: '#fff' }. */
function parse(value: string): { chain: string[]; fallback: string } {
  const chain: string[] = []
  let rest = value
  let m: RegExpExecArray | null
  while ((m = /^var\((--[\w-]+), (.*)\)$/.exec(rest))) {
    chain.push(m[1]!)
    rest = m[2]!
  }
  return { chain, fallback: rest }
}

/** The shadcn variables each kit colour reads, in order, after the kit's own public variable. */
const MAPPING: Record<string, string[]> = {
  'color-surface': ['--card', '--background'],
  'color-surface-muted': ['--muted'],
  'color-text': ['--card-foreground', '--foreground'],
  'color-text-muted': ['--muted-foreground'],
  'color-border': ['--border'],
  'color-accent': ['--primary'],
  'color-accent-text': ['--primary-foreground'],
  'color-focus': ['--ring'],
  'color-danger': ['--destructive'],
  'series-1': ['--chart-1'],
  'series-2': ['--chart-2'],
  'series-3': ['--chart-3'],
  'series-4': ['--chart-4'],
  'series-5': ['--chart-5'],
}

const MODES = [
  ['light', ":where(.uk-root[data-theme='light'])", ':where(.uk-root)'],
  ['dark', ':where(.dark .uk-root, .dark.uk-root)', ":where(.uk-root[data-theme='dark'])"],
] as const

describe('themes/shadcn.css', () => {
  it.each(MODES)('%s: maps the shadcn variables, a host --uk-* value first', (_, selector) => {
    const rule = block(bridge, selector)
    for (const [name, shadcn] of Object.entries(MAPPING)) {
      expect({ name, chain: parse(rule[name] ?? '').chain }).toEqual({
        name,
        chain: [`--uk-${name}`, ...shadcn],
      })
    }
  })

  it.each(MODES)('%s: falls back to the kit palette of that mode', (_, selector, kitSelector) => {
    const rule = block(bridge, selector)
    const kit = block(tokens, kitSelector)
    for (const [name, value] of Object.entries(rule)) {
      expect({ name, fallback: parse(value).fallback }).toEqual({
        name,
        fallback: parse(kit[name] ?? '').fallback,
      })
    }
  })

  it('dark: declares the whole dark palette, the colours shadcn has no name for too', () => {
    const dark = block(bridge, MODES[1][1])
    expect(Object.keys(dark).sort()).toEqual(Object.keys(block(tokens, MODES[1][2])).sort())
    expect(bridge).toMatch(
      /:where\(\.dark \.uk-root, \.dark\.uk-root\) \{\n {2}color-scheme: dark;/,
    )
  })

  it('takes shadcn --radius for the kit radius, at the document root', () => {
    expect(bridge).toContain(':where(:root),\n:host {\n  --uk-radius: var(--radius, 8px);\n}')
  })

  it('parses a chain', () => {
    expect(parse('var(--uk-x, var(--card, var(--background, #fff)))')).toEqual({
      chain: ['--uk-x', '--card', '--background'],
      fallback: '#fff',
    })
    expect(parse('var(--uk-shadow, 0 1px 2px rgb(0 0 0 / 40%))').fallback).toBe(
      '0 1px 2px rgb(0 0 0 / 40%)',
    )
  })
})
