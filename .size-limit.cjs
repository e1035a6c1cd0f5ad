// Host-cost budgets (gzip), checked by `pnpm size` in the test suite.
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query']
const dependencies = [...peers, '@tanstack/react-table', 'date-fns', '@date-fns/tz']

module.exports = [
  {
    name: "the kit's own JS (core + react + ui; dependencies and peers excluded)",
    path: 'scripts/size/kit-own-code.js',
    ignore: [...dependencies, '@usage-kit/core', '@usage-kit/react'],
    gzip: true,
    // Issue 6's budget is 30 kB; this measures 36.8 kB and the issue stays open on it. Until the
    // kit reaches 30 kB this limit is a ratchet: it stops the own code from growing while CI
    // enforces the others. The benchmark's summary judges the row against 30 kB
    // (bench/lib/targets.mjs). Raised from 37 to 40 kB for issue 13 (measured 39.56 kB): the
    // time axis in the display zone (timeTicks), the ICU plural formatter (0.8 kB, a fifth of
    // intl-messageformat's 9.8 kB), the stacked table's sort control and row probe, the theme
    // context of nested roots and the one link rule. Raised from 40 to 46 kB for issues 14, 15 and
    // 20 (measured 45.55 kB; a host importing UsageHistory grew 2 kB, 60.5 -> 62.5 kB): provider
    // bodies read and parsed in slices that keep the event loop free (they run in the browser's
    // direct reads too), the process-wide snapshot cache, the range rules and strict Retry-After
    // dates, credits shown once as money and tiny amounts with their sign, the incomplete-history
    // note, useControllableState and createBalanceSeries as public primitives. Raised from 46 to
    // 48 kB for issue 16 (measured 47.92 kB, +2.37 kB; UsageHistory unchanged at 62.6 kB): core's
    // usageBreakdown (zone buckets, exact cell sums, the digit-by-digit timestamp reader, option
    // checks with their messages) and react's useUsageBreakdown; the zone calendar moved from react
    // to core and costs nothing new. Raised from 48 to 55 kB for the rest of issue 16 (measured
    // 54.7 kB, +6.7 kB; a host importing UsageHistory 62.6 -> 71.6 kB, inside its 90 kB): the
    // UsageChart (stacked bars, legend, interval and grouping choice, tooltip, keyboard and data
    // table; 3.96 kB measured alone with esbuild, after the balance chart's figure, axes,
    // skeleton and table box became shared), billing-cycle presets and undoable `narrow` in the
    // filters, and UsageHistory's chart switch and linked views. Raised from 55 to 63 kB for
    // issue 17 (measured 62.52 kB, +7.8 kB; a host importing UsageHistory 71.6 -> 79.1 kB, inside
    // its 90 kB): core's creditGrants (exact and estimated attribution), projectRunway with its
    // path, ledgerStatement and reconcileBalance, the four react hooks, CreditGrants (meters,
    // relative expiry, the expiring notice, the past-grants disclosure), LedgerStatement with the
    // balance check, and the balance chart's forecast line and sentence.
    limit: '63 kB',
  },
  {
    name: 'a host importing UsageHistory (everything over React)',
    path: 'packages/ui/dist/index.js',
    import: '{ UsageHistory }',
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    gzip: true,
    limit: '90 kB',
  },
  {
    // Opt-in: only a host that shows Czech imports it (messages and date-fns' cs locale).
    name: 'the Czech language pack, @usage-kit/ui/locales/cs (its own code; date-fns excluded)',
    path: 'packages/ui/dist/locales/cs.js',
    ignore: dependencies,
    gzip: true,
    // Raised from 2.5 to 2.75 kB for issue 16 (measured 2.67 kB): the usage chart's 30 messages,
    // the billing-cycle presets, Undo and the chart switch in Czech. Raised from 2.75 to 3.75 kB
    // for issue 17 (measured 3.68 kB): grants, statement and forecast messages with Czech plurals.
    limit: '3.75 kB',
  },
  {
    name: '@usage-kit/ui/styles.css',
    path: 'packages/ui/dist/styles.css',
    gzip: true,
    // Raised from 6 to 6.75 kB for issues 16 and 17 (measured 6.64 kB): the usage chart's series,
    // the chart switch, the grants panel, the statement (stacked rows on phones) and the forecast.
    limit: '6.75 kB',
  },
  {
    // Opt-in, after styles.css: only a shadcn/ui host imports it, so it is measured apart from
    // styles.css's budget above. 0.64 kB measured (issue 18): two palettes' worth of variable
    // mappings; its header comment is minified away here.
    name: '@usage-kit/ui/themes/shadcn.css (the shadcn/Tailwind theme bridge)',
    path: 'packages/ui/dist/themes/shadcn.css',
    gzip: true,
    limit: '0.75 kB',
  },
]
