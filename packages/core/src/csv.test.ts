import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import { csvCell, minorToDecimal, toCsv } from './csv.js'

/** A small RFC 4180 reader, to prove the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
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
    else if (ch === ',') {
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
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`)
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(true)).toBe('true')
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
      'Ref\r\nX\r\n',
    )
  })
})
