import { describe, expect, it } from 'vitest';
import { csvResponse, parseCsv, toCsv } from '@/lib/csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks and ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['two\nlines', 3], [null, true]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",3\r\n,true\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(['v'], [['=HYPERLINK("x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['a=b'], ['-1.25'], [-2]]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'-2+3", "'@SUM(A1)", "'\tx", '"\'\rx"', 'a=b', '-1.25', '-2']);
  });

  it('quotes cells with surrounding spaces so they survive a round trip', () => {
    expect(toCsv(['v'], [[' padded ']])).toBe('v\r\n" padded "\r\n');
  });
});

describe('csvResponse', () => {
  it('is a UTF-8 attachment with a BOM, never cached or sniffed', async () => {
    const response = csvResponse('Block hours – Cool Air.csv', 'a\r\n');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Block_hours_Cool_Air.csv"; filename*=UTF-8''Block%20hours%20%E2%80%93%20Cool%20Air.csv`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('parseCsv', () => {
  it('reads a header row, trims values and numbers rows by the line they start on', () => {
    const { headers, rows, errors } = parseCsv('\uFEFFCompany , Hours\r\n Cool Air ,1.5\r\n"The\nLoop",2\r\n\r\nABM,3\r\n');
    expect(headers).toEqual(['company', 'hours']);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { company: 'Cool Air', hours: '1.5' } },
      { line: 3, values: { company: 'The\nLoop', hours: '2' } },
      { line: 6, values: { company: 'ABM', hours: '3' } },
    ]);
  });

  it('reports a row with the wrong number of columns on its line', () => {
    const { errors } = parseCsv('a,b\n1,2\n1,2,3\n');
    expect(errors).toEqual([{ line: 3, message: 'Expected 2 columns, found 3.' }]);
  });

  it('round-trips what toCsv wrote, apart from the formula guard', () => {
    const { rows } = parseCsv(toCsv(['x'], [['a,"b"\nc']]));
    expect(rows[0].values.x).toBe('a,"b"\nc');
  });
});
