import Papa from 'papaparse';

/**
 * CSV in and out. Out: RFC 4180 (quoted when needed, CRLF), with cells a spreadsheet would run as a formula
 * (= + - @, tab, CR) prefixed with ' so an exported description never executes in Excel. In: papaparse with a
 * header row, every value trimmed, errors carrying the file's line number.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;
/** A plain number, negative ones included (an overrun of hours), is data, not a formula: it stays a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function cell(value: CsvCell): string {
  let text = value == null ? '' : String(value);
  if (FORMULA.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A route handler's download: UTF-8 with a BOM (Excel otherwise reads it as ANSI), never cached, never sniffed. */
export function csvResponse(fileName: string, csv: string): Response {
  const safe = fileName.replace(/[^\w.-]+/g, '_');
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

export type CsvRow = { line: number; values: Record<string, string> };
export type CsvError = { line: number; message: string };

/** Rows keyed by trimmed header (lower-cased), each with the line it starts on (the header is line 1). */
export function parseCsv(text: string): { headers: string[]; rows: CsvRow[]; errors: CsvError[] } {
  const source = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: false });
  const lineOf = lineStarts(source);
  const [head = [], ...body] = parsed.data;
  const headers = head.map((h) => h.trim().toLowerCase());
  // A one-column file has no delimiter to detect; papaparse then falls back to a comma, which is right.
  const errors: CsvError[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ line: lineOf[e.row ?? 0] ?? 1, message: e.message }));
  const rows: CsvRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const line = lineOf[i + 1] ?? i + 2;
    if (cells.length !== headers.length) errors.push({ line, message: `Expected ${headers.length} columns, found ${cells.length}.` });
    rows.push({ line, values: Object.fromEntries(headers.map((h, j) => [h, (cells[j] ?? '').trim()])) });
  });
  return { headers, rows, errors: errors.sort((a, b) => a.line - b.line) };
}

/** The 1-based line each record starts on, counting newlines inside quoted cells. */
function lineStarts(source: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}
