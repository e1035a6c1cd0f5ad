import { PROVIDER_IDS, type ProviderId } from '@usage-kit/core'
import { useState } from 'react'

/**
 * Live mode: point the kit at a real endpoint (usually your own proxy) instead of the mocks. The
 * values go into the URL, except the token: it is handed over in memory only (sessionStorage is
 * not used, and it is stripped from the address bar once read), never stored or logged.
 */
export function LivePanel({ live, provider }: { live: boolean; provider: ProviderId }) {
  const [open, setOpen] = useState(live)
  // Live mode's own values come back into the form (never the token: it is gone from the URL).
  const [current] = useState(() => new URLSearchParams(window.location.search))
  if (!open) {
    return (
      <button type="button" className="demo-live-toggle" onClick={() => setOpen(true)}>
        Try it on your own endpoint…
      </button>
    )
  }
  return (
    <form
      className="demo-live"
      aria-label="Live mode"
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        const url = new URL(window.location.href)
        url.search = ''
        url.searchParams.set('live', '1')
        for (const key of ['provider', 'baseUrl', 'customerId', 'contractId']) {
          const value = String(data.get(key) ?? '').trim()
          if (value) url.searchParams.set(key, value)
        }
        // The token travels in the fragment-free URL only for this one navigation; main.tsx reads
        // it and removes it at once.
        const token = String(data.get('token') ?? '').trim()
        if (token) url.searchParams.set('token', token)
        window.location.assign(url)
      }}
    >
      <h2>Live mode</h2>
      <label className="demo-field">
        <span>Provider</span>
        <select name="provider" defaultValue={provider}>
          {PROVIDER_IDS.map((id) => (
            <option key={id}>{id}</option>
          ))}
        </select>
      </label>
      <label className="demo-field">
        <span>Base URL</span>
        <input
          name="baseUrl"
          type="url"
          required
          placeholder="https://your-app.example/api/billing"
        />
      </label>
      <label className="demo-field">
        <span>Token</span>
        <input name="token" type="password" autoComplete="off" />
      </label>
      <label className="demo-field">
        <span>Customer ID (Vayu)</span>
        <input name="customerId" defaultValue={current.get('customerId') ?? ''} />
      </label>
      <label className="demo-field">
        <span>Contract ID (Monk)</span>
        <input name="contractId" defaultValue={current.get('contractId') ?? ''} />
      </label>
      <div className="demo-live__actions">
        <button type="submit">Connect</button>
        {live ? <a href="/">Back to the mocks</a> : null}
      </div>
    </form>
  )
}
