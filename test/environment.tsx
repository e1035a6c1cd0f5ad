/**
 * The checks that a test project's environment is the one its name says (vitest.config.ts): the
 * zone in TZ is the one Date and Intl use, and React, react-dom, Testing Library and React Query
 * share one React of the project's major. Shared by the react and ui suites' environment tests.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { useState, version } from 'react'
import { version as domVersion } from 'react-dom'
import { describe, expect, inject, it } from 'vitest'

/** getTimezoneOffset() in mid-January and mid-July 2026 (minutes, positive west of UTC). */
const OFFSETS = {
  UTC: [0, 0],
  'America/Los_Angeles': [480, 420],
  'Pacific/Chatham': [-825, -765],
} as const

/** Declares the environment tests in the calling test file. */
export function describeTestEnvironment(): void {
  describe('test environment', () => {
    it('runs in the zone of its project', () => {
      const zone = inject('timeZone')
      expect(process.env.TZ).toBe(zone)
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
      const offsets = ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'].map((iso) =>
        new Date(iso).getTimezoneOffset(),
      )
      expect(offsets).toEqual(OFFSETS[zone])
    })

    it('runs on the React of its project, one copy for every library', async () => {
      const major = inject('reactMajor')
      expect(version.startsWith(`${major}.`), version).toBe(true)
      expect(domVersion).toBe(version)
      // A second React anywhere (Testing Library's react-dom, React Query's hooks) breaks hooks.
      function Probe() {
        const [state] = useState('state')
        const { data } = useQuery({ queryKey: ['probe'], queryFn: () => 'query' })
        return <p>{`${state} ${data ?? 'pending'}`}</p>
      }
      const client = new QueryClient()
      render(
        <QueryClientProvider client={client}>
          <Probe />
        </QueryClientProvider>,
      )
      expect(await screen.findByText('state query')).toBeTruthy()
    })
  })
}
