/**
 * Server Component boundaries (issue 18): which published modules carry `'use client'`, in the
 * sources and in dist, and that core stays free of it. The rule and why barrels stay unmarked:
 * useClient.ts. A static check of files, the same in every zone and React major, so it runs in
 * one project only (ui, UTC, React 19).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { clientReasons, hasUseClient, runtimeImports } from './useClient.js'

// import.meta.url is not a file URL under jsdom; Vitest gives the file's directory.
const ROOT = resolve(import.meta.dirname, '../../..')
const once = inject('timeZone') === 'UTC' && inject('reactMajor') === 19

/**
 * Modules that touch the DOM but stay importable by a server, each with why. Only their DOM use
 * is excused: a hook would still need the directive.
 */
const SERVER_SAFE_DOM: Record<string, string> = {
  // queryFromSearch and searchWithQuery are public and serve a server too (a page turning its
  // searchParams into the query it prefetches); a client reference could not be called there.
  // The window functions run only from useLedgerFilters' effects, and readLocationQuery answers
  // null where there is no window.
  'packages/react/src/filters/url.ts': 'pure URL helpers; window only inside guarded functions',
}

/** What tsc emits for a package (its tsconfig excludes these), relative to the repo root. */
function publishedModules(pkg: string): string[] {
  const dir = join(ROOT, 'packages', pkg, 'src')
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .filter((file) => !/\.(test|stories)\.tsx?$|\.test-d\.ts$|(^|\/)fixtures\.ts$/.test(file))
    .map((file) => relative(ROOT, join(dir, file)))
    .sort()
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const isBarrel = (path: string) => /(^|\/)index\.ts$/.test(path)
const distOf = (path: string) => path.replace('/src/', '/dist/').replace(/\.tsx?$/, '.js')

/** Why a module needs the directive, after its excused DOM use. */
function reasonsFor(path: string): string[] {
  const reasons = clientReasons(path, read(path))
  return path in SERVER_SAFE_DOM ? reasons.filter((reason) => !reason.startsWith('uses ')) : reasons
}

const kitModules = [...publishedModules('react'), ...publishedModules('ui')]
const REACT_ONLY = /^(?:react|react-dom|@tanstack\/react-|@usage-kit\/(?:react|ui))(?:\/|$)/

describe.skipIf(!once)("'use client' in @usage-kit/react and @usage-kit/ui", () => {
  it('starts every module that uses hooks, context or the DOM, and no other', () => {
    // Guards against a glob that finds nothing and passes.
    expect(kitModules.length).toBeGreaterThan(100)
    const wrong = kitModules.flatMap((path) => {
      const reasons = reasonsFor(path)
      const marked = hasUseClient(path, read(path))
      if (reasons.length > 0 && !marked)
        return [`${path} needs 'use client': ${reasons.slice(0, 3).join(', ')}`]
      if (reasons.length === 0 && marked)
        return [
          `${path} has 'use client' but is server-safe: its exports would be client references`,
        ]
      return []
    })
    expect(wrong).toEqual([])
  })

  it('leaves entry and barrel files unmarked, so their pure exports stay callable on a server', () => {
    const barrels = kitModules.filter(isBarrel)
    expect(barrels).toContain('packages/ui/src/index.ts')
    expect(barrels.filter((path) => hasUseClient(path, read(path)))).toEqual([])
  })

  it('has an excuse for a module only while it still needs one', () => {
    for (const path of Object.keys(SERVER_SAFE_DOM)) {
      expect(clientReasons(path, read(path)).length, path).toBeGreaterThan(0)
      expect(reasonsFor(path), path).toEqual([])
    }
  })

  // dist is what hosts install. CI builds before it runs Vitest (scripts/test-all.mjs), so dist is
  // fresh there; locally, run `pnpm build` first (a dist older than the sources fails here).
  it.skipIf(!existsSync(join(ROOT, 'packages/ui/dist/index.js')))(
    'keeps the directive in the published dist files (tsc keeps the prologue)',
    () => {
      const wrong = kitModules.flatMap((path) => {
        const dist = distOf(path)
        if (!existsSync(join(ROOT, dist))) return [`${dist} is missing`]
        const want = hasUseClient(path, read(path))
        return hasUseClient(dist, read(dist)) === want
          ? []
          : [`${dist} ${want ? 'lost' : 'gained'} 'use client' (stale dist? run pnpm build)`]
      })
      expect(wrong).toEqual([])
    },
  )
})

describe.skipIf(!once)('@usage-kit/core stays server-only', () => {
  const sources = publishedModules('core')
  const distDir = join(ROOT, 'packages/core/dist')
  const dist = existsSync(distDir)
    ? readdirSync(distDir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js'))
        .map((file) => relative(ROOT, join(distDir, file)))
    : []

  it("has no 'use client' and imports nothing client-only, in its sources and dist", () => {
    expect(sources).toContain('packages/core/src/server/index.ts')
    const files = [...sources, ...dist]
    expect(files.filter((path) => hasUseClient(path, read(path)))).toEqual([])
    const clientImports = files.flatMap((path) =>
      runtimeImports(path, read(path))
        .filter((specifier) => REACT_ONLY.test(specifier))
        .map((specifier) => `${path} imports ${specifier}`),
    )
    expect(clientImports).toEqual([])
  })
})

describe('the rule, on fixtures', () => {
  const reasons = (text: string, file = 'fixture.tsx') => clientReasons(file, text)

  it('flags hooks (called or only imported), context, the DOM, event handlers and refs', () => {
    expect(
      reasons(`import { useState } from 'react'\nexport function A() { useState(0) }`),
    ).toEqual(['imports useState (line 1)', 'calls useState (line 2)'])
    expect(reasons(`import * as React from 'react'\nconst a = () => React.useId()`)).toEqual([
      'calls useId (line 2)',
    ])
    expect(reasons(`const C = createContext(null)`)).toEqual(['calls createContext (line 1)'])
    expect(reasons(`export const f = () => window.scrollY`)).toEqual(['uses window (line 1)'])
    expect(reasons(`export const o = () => new ResizeObserver(() => {})`)).toEqual([
      'uses ResizeObserver (line 1)',
    ])
    expect(reasons(`export const B = (p) => <button onClick={p.go} />`)).toEqual([
      'passes onClick (line 1)',
    ])
  })

  it('passes pure code: a typeof guard, types, a method named use, a parameter named history', () => {
    expect(reasons(`export const b = typeof window !== 'undefined'`)).toEqual([])
    expect(reasons(`import type { useState } from 'react'\nlet e: HTMLElement`)).toEqual([])
    expect(reasons(`server.use(handler)`)).toEqual([])
    expect(reasons(`export const f = (history) => history.back`)).toEqual([])
    expect(reasons(`export const Row = (p) => <td className={p.c}>{p.v}</td>`)).toEqual([])
  })

  it('reads a directive only in the prologue', () => {
    expect(hasUseClient('a.ts', `/** doc */\n'use client'\nimport x from 'y'`)).toBe(true)
    expect(hasUseClient('a.js', `"use strict";\n"use client";\nexport {}`)).toBe(true)
    expect(hasUseClient('a.ts', `import x from 'y'\n'use client'`)).toBe(false)
    expect(hasUseClient('a.ts', `// 'use client'\nexport {}`)).toBe(false)
  })

  it('lists run-time imports only', () => {
    const text = `import type { A } from 'react'\nimport { b } from 'react-dom'\nexport * from './c.js'\nexport type { D } from 'e'`
    expect(runtimeImports('a.ts', text)).toEqual(['react-dom', './c.js'])
  })
})
