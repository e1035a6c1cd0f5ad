import { PROVIDER_IDS } from '@usage-kit/core'
import {
  LOCALES,
  SCENARIOS,
  SIZES,
  THEMES,
  VAYU_PAGINATIONS,
  type DemoSettings,
} from './settings.js'

const PROVIDER_NAMES = {
  synap: 'Synap',
  vayu: 'Vayu',
  monk: 'Monk',
  ngrok: 'ngrok AI Gateway',
  lasso: 'Lasso',
}

interface ControlsProps {
  settings: DemoSettings
  onChange: (settings: DemoSettings) => void
}

/** The demo's switches; every one is also a URL parameter. */
export function Controls({ settings, onChange }: ControlsProps) {
  const set = <K extends keyof DemoSettings>(key: K, value: DemoSettings[K]) =>
    onChange({ ...settings, [key]: value })
  return (
    <form
      className="demo-controls"
      aria-label="Demo settings"
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label="Provider"
        value={settings.provider}
        options={PROVIDER_IDS.map((id) => [id, PROVIDER_NAMES[id]])}
        onChange={(v) => set('provider', v)}
      />
      <Select
        label="Pagination"
        value={settings.pagination}
        options={[
          ['infinite', 'Infinite scroll'],
          ['offset', 'Pages'],
        ]}
        onChange={(v) => set('pagination', v)}
      />
      <Select
        label="Ledger size"
        value={String(settings.size)}
        options={SIZES.map((n) => [String(n), n.toLocaleString('en-US')])}
        onChange={(v) => set('size', Number(v))}
      />
      <Select
        label="Data path"
        value={settings.mode}
        options={[
          ['mock', 'Direct to provider'],
          ['server', 'Via your server'],
        ]}
        onChange={(v) => set('mode', v)}
      />
      {settings.provider === 'vayu' ? (
        <Select
          label="Vayu paging"
          value={settings.vayu}
          options={VAYU_PAGINATIONS.map((s) => [s, s])}
          onChange={(v) => set('vayu', v)}
        />
      ) : null}
      <Select
        label="Scenario"
        value={settings.scenario}
        options={SCENARIOS.map((s) => [s, s])}
        onChange={(v) => set('scenario', v)}
      />
      <Select
        label="Theme"
        value={settings.theme}
        options={THEMES.map((s) => [s, s])}
        onChange={(v) => set('theme', v)}
      />
      <Select
        label="Locale"
        value={settings.locale}
        options={LOCALES.map((s) => [s, s])}
        onChange={(v) => set('locale', v)}
      />
      <Select
        label="Direction"
        value={settings.dir}
        options={[
          ['ltr', 'Left to right'],
          ['rtl', 'Right to left'],
        ]}
        onChange={(v) => set('dir', v)}
      />
    </form>
  )
}

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: T
  options: readonly (readonly [T, string])[]
  onChange: (value: T) => void
}) {
  return (
    <label className="demo-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}
