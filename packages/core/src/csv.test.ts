import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import { csvCell, DEFAULT_CSV_COLUMNS, minorToDecimal, toCsv } from './csv.js'

/** A small RFC 4180 reader, to prove the output parses back to the same cells. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === separator) {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

describe('toCsv', () => {
  it('neutralizes formula injection in text, keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(csvCell('+1')).toBe(`"'+1"`)
    expect(csvCell('-2+3')).toBe(`"'-2+3"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`)
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`)
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(true)).toBe('true')
  })

  it('neutralizes a leading NUL and the full-width triggers', () => {
    expect(csvCell('\0=1+2')).toBe(`"'\0=1+2"`)
    expect(csvCell('\0')).toBe(`"'\0"`)
    expect(csvCell('\n=1+2')).toBe(`"'\n=1+2"`)
    for (const trigger of ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']) {
      expect(csvCell(`${trigger}SUM(A1)`)).toBe(`"'${trigger}SUM(A1)"`)
    }
    // Only at the start: inside a quoted cell they are plain text.
    expect(csvCell('a=b+c')).toBe('"a=b+c"')
    expect(csvCell('x\0y')).toBe('"x\0y"')
  })

  it('quotes every text cell, so a `;` or tab inside one never starts a cell in a `;` import', () => {
    expect(csvCell('x;=1+2')).toBe('"x;=1+2"')
    expect(csvCell('x\t=1+2')).toBe('"x\t=1+2"')
    expect(csvCell('plain')).toBe('"plain"')
    expect(csvCell('')).toBe('""')
    const text = toCsv(
      [entry({ id: 'a;b', description: 'x;=1+2' })],
      ['id', 'credits', 'description'],
    )
    // Read as a `;`-separated file (Excel in Czech), the row is still one cell per field.
    const asSemicolon = parseCsv(text, ';')
    expect(asSemicolon[1]).toEqual(['a;b,-1,x;=1+2'])
    expect(parseCsv(text)[1]).toEqual(['a;b', '-1', 'x;=1+2'])
  })

  it('no text becomes a formula or a second cell, whatever it holds (property)', () => {
    const risky = fc.constantFrom(
      ...['=', '+', '-', '@', '\t', '\r', '\n', '\0', ';', ',', '"', "'", 'a', ' '],
      ...['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFEFF', '\uD800'],
    )
    const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
    const value = fc.oneof(
      fc.string({ unit: risky, maxLength: 8 }),
      fc.string({ unit: anyCodePoint, maxLength: 8 }),
    )
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        const columns = values.map((v, i) => ({ header: `c${i}`, value: () => v }))
        const text = toCsv([entry({ id: 'x' })], columns)
        // Read with commas, the row gives back each value, never starting with a trigger.
        const cells = parseCsv(text)[1] as string[]
        expect(cells).toHaveLength(values.length)
        cells.forEach((cell, i) => {
          const original = values[i] as string
          expect(cell === original || cell === `'${original}`).toBe(true)
          expect(cell).not.toMatch(/^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/)
        })
        // Read with `;` or tabs (a European Excel), the cells are still whole: one per row.
        for (const separator of [';', '\t']) {
          expect(parseCsv(text, separator).map((row) => row.length)).toEqual([1, 1])
        }
      }),
    )
  })

  it('writes a byte-order mark only when asked (Excel reads the file as UTF-8 then)', () => {
    const rows = [entry({ id: 'x', description: 'Příliš žluťoučký kůň' })]
    const plain = toCsv(rows, ['id', 'description'])
    const marked = toCsv(rows, ['id', 'description'], { bom: true })
    expect(plain.startsWith('"id"')).toBe(true)
    expect(toCsv(rows, ['id', 'description'], { bom: false })).toBe(plain)
    expect(marked).toBe(`\uFEFF${plain}`)
    expect([...new TextEncoder().encode(marked).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(toCsv([], ['id'], { bom: true })).toBe('\uFEFF"id"\r\n')
  })

  it('writes money exactly as a per-row Intl.NumberFormat would, for a mix of currencies (property)', () => {
    // The reference is the code before the formatters were cached: one NumberFormat per row.
    const reference = (amountMinor: number, currency: string): string => {
      let digits = 2
      try {
        digits =
          new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
            .maximumFractionDigits ?? 2
      } catch {
        digits = 2
      }
      let decimal = String(amountMinor)
      if (digits > 0) {
        const sign = amountMinor < 0 ? '-' : ''
        const padded = String(Math.abs(amountMinor)).padStart(digits + 1, '0')
        decimal = `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`
      }
      return csvCell(Number(decimal))
    }
    const currency = fc.constantFrom(
      ...['USD', 'EUR', 'CZK', 'JPY', 'KRW', 'BHD', 'KWD', 'CLF', 'UYW', 'XXX', 'usd', 'ZZZ', '??'],
    )
    const amount = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.maxSafeInteger(),
      fc.constantFrom(0, -0, 1, -1, 9, 10, 99, 100, 999, 1000, 1e21, -1e21, 12.5, -0.5),
      fc.double({ noNaN: true }),
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, currency), { maxLength: 30 }), (moneys) => {
        const rows = moneys.map(([amountMinor, code], i) =>
          entry({ id: `m${i}`, money: { amountMinor, currency: code } }),
        )
        const text = toCsv(rows, ['money'])
        expect(text).toBe(
          ['"money"', ...moneys.map(([amountMinor, code]) => reference(amountMinor, code))]
            .map((line) => `${line}\r\n`)
            .join(''),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('quotes commas, quotes and line breaks (RFC 4180) and round-trips hostile values', () => {
    const hostile = ['a,b', 'say "hi"', 'line1\nline2', 'cr\r\nlf', '=1+1', ' spaced ', 'ünïcødé ✓']
    const rows = hostile.map((description, i) =>
      entry({ id: `id${i}`, description, occurredAt: '2026-03-03T10:54:00.000Z', credits: -0.1 }),
    )
    const text = toCsv(rows, ['id', 'occurredAt', 'credits', 'description'])
    expect(text.endsWith('\r\n')).toBe(true)
    const parsed = parseCsv(text)
    expect(parsed[0]).toEqual(['id', 'occurredAt', 'credits', 'description'])
    expect(parsed.slice(1).map((r) => r[3])).toEqual(
      hostile.map((h) => (h === '=1+1' ? "'=1+1" : h)),
    )
    expect(parsed[1]?.slice(0, 3)).toEqual(['id0', '2026-03-03T10:54:00.000Z', '-0.1'])
  })

  it('writes every built-in column by default, money in the currency digits', () => {
    const text = toCsv([
      entry({
        id: 'x',
        money: { amountMinor: -2500, currency: 'USD' },
        invoice: { id: 'inv-1', url: 'https://pay.example/i' },
      }),
    ])
    const [header, row] = parseCsv(text)
    expect(header).toEqual([
      'id',
      'provider',
      'occurredAt',
      'kind',
      'providerType',
      'pending',
      'credits',
      'money',
      'currency',
      'balanceAfter',
      'category',
      'metric',
      'description',
      'expiresAt',
      'invoiceId',
      'invoiceUrl',
      'grantId',
    ])
    expect(row?.[7]).toBe('-25')
    expect(row?.[8]).toBe('USD')
    expect(row?.[15]).toBe('https://pay.example/i')
    expect(minorToDecimal(-5, 'USD')).toBe('-0.05')
    expect(minorToDecimal(1234, 'JPY')).toBe('1234')
  })

  it('takes custom columns', () => {
    expect(toCsv([entry({ id: 'x' })], [{ header: 'Ref', value: (e) => e.id.toUpperCase() }])).toBe(
      '"Ref"\r\n"X"\r\n',
    )
    expect(toCsv([], [{ header: 'Ref', value: (e) => e.id }])).toBe('"Ref"\r\n')
    expect(DEFAULT_CSV_COLUMNS).toHaveLength(17)
  })
})
