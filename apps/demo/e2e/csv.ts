/**
 * An RFC 4180 reader, small and strict: fields separated by commas, records by CRLF (a lone LF is
 * accepted too), double-quoted fields may hold commas, quotes ("") and line breaks. A final line
 * break ends the last record rather than starting an empty one. A leading byte-order mark (the
 * download writes one for Excel) is skipped, as spreadsheets do.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = text.startsWith('\uFEFF') ? 1 : 0
  const endField = () => {
    record.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    records.push(record)
    record = []
  }
  while (i < text.length) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (char === '"') {
        quoted = false
        i += 1
        if (i < text.length && !/[,\r\n]/.test(text[i] as string)) {
          throw new SyntaxError(`CSV: text after a closing quote at ${i}`)
        }
        continue
      }
      field += char
      i += 1
      continue
    }
    if (char === '"') {
      if (field !== '') throw new SyntaxError(`CSV: a quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (char === ',') {
      endField()
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRecord()
      i += 1
    } else if (char === '\n') {
      endRecord()
    } else {
      field += char
    }
    i += 1
  }
  if (quoted) throw new SyntaxError('CSV: unterminated quoted field')
  if (field !== '' || record.length > 0) endRecord()
  return records
}

/** Records as objects keyed by the header row. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.map((row) => {
    if (row.length !== header.length) {
      throw new SyntaxError(`CSV: a record has ${row.length} fields, the header ${header.length}`)
    }
    return Object.fromEntries(header.map((name, at) => [name, row[at] as string]))
  })
}
