/**
 * `@usage-kit/ui/locales/cs`: Czech for the kit, opt-in so hosts that do not show Czech do not ship
 * it. `<UsageKitProvider locale="cs-CZ" {...cs}>` (or `messages={cs.messages}
 * dateLocale={cs.dateLocale}`, also on `UsageHistory`).
 */
import { cs as czechDates } from 'date-fns/locale/cs'
import type { MessageCatalog } from '../i18n/en.js'
import type { UsageKitLocale } from '../i18n/locale.js'

// Counts use ICU plural syntax with Czech's categories: one (1 záznam), few (2–4 záznamy), many
// (fractions: 1,5 záznamu) and other (0, 5 and up: záznamů).
const messages: MessageCatalog = {
  'kind.grant': 'Přidělení',
  'kind.usage': 'Spotřeba',
  'kind.adjustment': 'Úprava',
  'kind.reversal': 'Storno',
  'kind.expiration': 'Expirace',
  'entry.pending': 'Nevyřízeno',
  'entry.pendingHint': 'Zatím není konečné; nezapočítává se do zůstatku',

  'table.label': 'Historie kreditů',
  'table.column.date': 'Datum',
  'table.column.type': 'Typ',
  'table.column.description': 'Popis',
  'table.column.amount': 'Částka',
  'table.column.balance': 'Zůstatek',
  'table.column.expires': 'Platnost do',
  'table.column.invoice': 'Faktura',
  'table.column.grant': 'Přidělení',
  'table.columns': 'Sloupce',
  'table.sortAscending': 'Řadit vzestupně',
  'table.sortDescending': 'Řadit sestupně',
  'table.sortBy': 'Řadit podle',
  'table.sortBy.ascending': '{column}, vzestupně',
  'table.sortBy.descending': '{column}, sestupně',
  'table.expand': 'Zobrazit podrobnosti',
  'table.collapse': 'Skrýt podrobnosti',
  'table.details': 'Podrobnosti',
  'table.raw': 'Záznam poskytovatele',
  'table.viewInvoice': 'Zobrazit fakturu',
  'table.invoiceRef': 'Faktura {id}',
  'table.newTab': '(otevře se v nové kartě)',
  'table.showGrant': 'Zobrazit přidělení',
  'table.loading': 'Načítání historie kreditů…',
  'table.loadingMore': 'Načítání dalších…',
  'table.loadMore': 'Načíst další',
  'table.end': 'Konec historie',
  'table.empty.title': 'Žádné pohyby kreditů',
  'table.empty.description': 'Zadaným filtrům zatím nic neodpovídá.',
  'table.pager.previous': 'Předchozí stránka',
  'table.pager.next': 'Další stránka',
  'table.pager.page': 'Stránka {page, number} z {count, number}',
  'table.pager.pageUnknown': 'Stránka {page, number}',
  'table.pager.size': 'Řádků na stránku',
  'table.rows':
    '{count, plural, one {# záznam} few {# záznamy} many {# záznamu} other {# záznamů}}',
  // After 'z' the noun is genitive: z 1 záznamu, z 2 záznamů, z 1,5 záznamu.
  'table.rowsOf':
    '{count, number} z {total, plural, one {# záznamu} few {# záznamů} many {# záznamu} other {# záznamů}}',
  'table.pager.label': 'Stránkování',
  'table.field.id': 'ID záznamu',
  'table.field.provider': 'Poskytovatel',
  'table.field.category': 'Kategorie',
  'table.field.metric': 'Metrika',

  'error.title': 'Historii kreditů se nepodařilo načíst',
  'error.auth': 'Jste odhlášeni nebo vám vypršel přístup. Přihlaste se znovu.',
  'error.forbidden': 'Váš účet nemá oprávnění zobrazit tuto historii kreditů.',
  'error.not_found': 'Tento kreditní účet nebyl nalezen.',
  'error.rate_limited': 'Příliš mnoho požadavků. Další pokus za {seconds, number} s.',
  'error.rate_limited_now': 'Příliš mnoho požadavků. Chvíli počkejte.',
  'error.invalid_request': 'Požadavek nebyl přijat: {detail}',
  'error.server': 'Poskytovatel fakturace má právě potíže.',
  'error.network': 'Poskytovatele fakturace se nepodařilo kontaktovat. Zkontrolujte připojení.',
  'error.malformed': 'Poskytovatel poslal data, která nelze přečíst (v {path}).',
  'error.aborted': 'Požadavek byl zrušen.',
  'error.retry': 'Zkusit znovu',

  'filters.label': 'Filtrovat historii kreditů',
  'filters.kinds': 'Typ',
  'filters.kindsAll': 'Všechny typy',
  'filters.range': 'Období',
  'filters.from': 'Od',
  'filters.to': 'Do',
  'filters.category': 'Kategorie',
  'filters.categoryAll': 'Všechny kategorie',
  'filters.search': 'Hledat',
  'filters.searchPlaceholder': 'Hledat v popisech, kategoriích a ID',
  'filters.reset': 'Zrušit filtry',
  'filters.undo': 'Vrátit výběr v grafu',
  'preset.last-7-days': 'Posledních 7 dní',
  'preset.last-30-days': 'Posledních 30 dní',
  'preset.last-90-days': 'Posledních 90 dní',
  'preset.this-month': 'Tento měsíc',
  'preset.last-month': 'Minulý měsíc',
  'preset.this-cycle': 'Toto zúčtovací období',
  'preset.last-cycle': 'Minulé zúčtovací období',
  'preset.last-3-cycles': 'Poslední 3 zúčtovací období',
  'preset.year-to-date': 'Od začátku roku',
  'preset.all-time': 'Celá historie',
  'preset.custom': 'Vlastní období',

  'chart.label': 'Zůstatek v čase',
  'chart.summary':
    'Od {start} do {end} se zůstatek změnil z {from} na {to}; nejnižší {min}, nejvyšší {max}.',
  'chart.loading': 'Načítání zůstatku…',
  'chart.point': '{date}: zůstatek {balance}, {kind}',
  'chart.marker': '{kind} {date}, zůstatek {balance}',
  'chart.kind': 'Typ',
  'chart.tableNote':
    'Zobrazeno {shown, number} z {total, plural, one {# bodu} few {# bodů} many {# bodu} other {# bodů}}, výběr podle šířky grafu.',
  'chart.legend': 'Značky',
  'chart.role': 'graf',
  'chart.empty': 'Pro tyto filtry není co zobrazit.',
  'chart.unavailable': 'Tento poskytovatel průběžný zůstatek neuvádí.',
  'chart.table': 'Data zůstatku',
  'chart.showTable': 'Zobrazit tabulku dat',
  'chart.hideTable': 'Skrýt tabulku dat',
  'chart.balance': 'Zůstatek',
  'chart.date': 'Datum',
  'chart.grant': 'Přidělení',
  'chart.expiration': 'Expirace',
  'chart.keyboardHint':
    'Šipkami se posunete mezi body, klávesy Home a End skočí na první a poslední.',

  'totals.label': 'Součty za zvolené období',
  'totals.granted': 'Přiděleno',
  'totals.used': 'Spotřebováno',
  'totals.net': 'Rozdíl',
  'export.csv': 'Exportovat CSV',
  'export.preparing': 'Připravuje se export…',
  'history.charts': 'Graf',
  'history.balance': 'Zůstatek',
  'history.usage': 'Využití',
  'status.refreshing': 'Obnovování…',
  'status.updated':
    'Historie kreditů aktualizována: {count, plural, one {# záznam} few {# záznamy} many {# záznamu} other {# záznamů}}.',
  'status.incomplete':
    'Historie nemusí být úplná: {count, plural, one {zobrazuje se # záznam} few {zobrazují se # záznamy} many {zobrazuje se # záznamu} other {zobrazuje se # záznamů}} a mohou existovat další, které se nepodařilo načíst.',
  // UsageChart (issue 16).
  'usage.label': 'Využití v čase',
  'usage.summary': 'Od {start} do {end} spotřebováno {amount}.',
  'usage.summaryLargest':
    'Od {start} do {end} spotřebováno {amount}; největší podíl měla skupina {group}, {value}.',
  'usage.loading': 'Načítá se využití…',
  'usage.empty': 'V tomto období není žádné využití.',
  'usage.table': 'Data využití',
  'usage.period': 'Období',
  'usage.total': 'Celkem',
  'usage.weekOf': 'Týden od {date}',
  'usage.bar': '{period}: celkem {amount}',
  'usage.barGroups': '{period}: celkem {amount}; {groups}',
  'usage.groupValue': '{group}: {value}',
  'usage.uncategorized': 'Bez kategorie',
  'usage.other': 'Ostatní',
  'usage.legend': 'Řady',
  'usage.showOnly': 'V přehledu zobrazit jen {group}',
  'usage.singleSeries':
    'Tento poskytovatel neuvádí kategorie využití; veškeré využití je zobrazeno jako jedna řada.',
  'usage.interval': 'Členění',
  'usage.hour': 'Hodina',
  'usage.day': 'Den',
  'usage.week': 'Týden',
  'usage.month': 'Měsíc',
  'usage.groupBy': 'Seskupení',
  'usage.byCategory': 'Podle kategorie',
  'usage.byMetric': 'Podle metriky',
  'usage.keyboardHint':
    'Šipkami se posunete mezi sloupci, klávesy Home a End skočí na první a poslední, Enter sloupec vybere.',

  // Předpověď vyčerpání v grafu zůstatku (issue 17). {rate} je v 2. pádě (při spotřebě 58 kreditů),
  // {unused} v 1. pádě (500 kreditů propadne).
  'chart.forecast':
    'Při spotřebě {rate} denně ({days, plural, one {za poslední den} few {za poslední # dny} many {za posledních # dne} other {za posledních # dní}}) se zůstatek vyčerpá kolem {date}.',
  'chart.forecastExpiry':
    'Při spotřebě {rate} denně ({days, plural, one {za poslední den} few {za poslední # dny} many {za posledních # dne} other {za posledních # dní}}) se zůstatek vyčerpá kolem {date}; {unused} {unusedCount, plural, few {propadnou} other {propadne}} bez využití {expiries, plural, one {{expiry}} other {v # termínech, první {expiry}}}.',
  'chart.forecastRate':
    '{value} {quantity, plural, one {kreditu} few {kreditů} many {kreditu} other {kreditů}}',
  'chart.forecastAmount':
    '{value} {quantity, plural, one {kredit} few {kredity} many {kreditu} other {kreditů}}',
  'chart.forecastClipped': 'Přerušovaná čára končí na okraji grafu, dřív než se zůstatek vyčerpá.',
  'chart.forecastLabel': 'Vyčerpání ~{date}',
  'chart.forecastLabelClipped': 'Vyčerpání ~{date} (mimo graf)',
  'chart.forecastLegend': 'Předpověď',
  // CreditGrants and LedgerStatement (issue 17).
  'grants.label': 'Přidělené kredity',
  'grants.loading': 'Načítají se přidělené kredity…',
  'grants.untitled': 'Přidělení kreditů',
  'grants.amount':
    '{value} {quantity, plural, one {kredit} few {kredity} many {kreditu} other {kreditů}}',
  'grants.meter': 'Zbývá: {name}',
  'grants.meterText':
    'Zbývá {remaining} z {granted} {quantity, plural, one {kreditu} few {kreditů} many {kreditu} other {kreditů}}',
  'grants.meterMoney': 'Zbývá {remaining} z {granted}',
  'grants.granted': 'Přiděleno',
  'grants.used': 'Spotřebováno',
  'grants.expired': 'Propadlo',
  'grants.remaining': 'Zbývá',
  'grants.grantedOn': 'Přiděleno {date}',
  'grants.expiresOn': 'Platí do {date} ({relative})',
  'grants.expiredOn': 'Platnost skončila {date} ({relative})',
  'grants.noExpiry': 'Bez omezení platnosti',
  'grants.status.active': 'Aktivní',
  'grants.status.expiring': 'Brzy vyprší',
  'grants.status.expired': 'Vypršelo',
  'grants.status.depleted': 'Vyčerpáno',
  'grants.estimated': 'Odhad',
  'grants.estimateNote':
    'Odhad: poskytovatel neuvádí, ze kterého přidělení byla spotřeba čerpána, proto se započítává do přidělení, které vyprší nejdříve.',
  'grants.expiringNotice':
    'Do {days, plural, one {# dne} few {# dnů} many {# dne} other {# dnů}} {grants, plural, one {vyprší # přidělení, ve kterém ještě zbývá} few {vyprší # přidělení, ve kterých ještě zbývá} many {vyprší # přidělení, ve kterých ještě zbývá} other {vyprší # přidělení, ve kterých ještě zbývá}} {amount}.',
  'grants.select': 'Zobrazit záznamy přidělení',
  'grants.past':
    '{grants, plural, one {# vyčerpané nebo propadlé přidělení} few {# vyčerpaná nebo propadlá přidělení} many {# vyčerpaného nebo propadlého přidělení} other {# vyčerpaných nebo propadlých přidělení}}',
  'statement.title.month': 'Výpis po měsících',
  'statement.title.cycle': 'Výpis po zúčtovacích obdobích',
  'statement.title.week': 'Výpis po týdnech',
  'statement.title.day': 'Výpis po dnech',
  'statement.loading': 'Načítá se výpis…',
  'statement.empty': 'Zatím nejsou žádné zaúčtované záznamy, výpis je prázdný.',
  'statement.period': 'Období',
  'statement.opening': 'Počáteční stav',
  'statement.granted': 'Přiděleno',
  'statement.used': 'Spotřebováno',
  'statement.closing': 'Konečný stav',
  'statement.count': 'Záznamy',
  'statement.unknown': 'neznámý',
  'statement.weekOf': 'Týden od {date}',
  'statement.checkMatches': 'Přehled odpovídá zůstatku u poskytovatele ({balance}).',
  'statement.checkDiffers':
    'Přehled se od zůstatku u poskytovatele liší o {difference} (přehled {ledger}, poskytovatel {provider}).',
  'statement.checkUnknown':
    'Přehled nelze porovnat se zůstatkem u poskytovatele: jeden z obou údajů není znám.',
}

/** Czech messages and dates (cs-CZ). */
export const cs: UsageKitLocale = { messages, dateLocale: czechDates }
