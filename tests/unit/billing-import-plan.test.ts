import { describe, expect, it } from 'vitest';
import { isIsoDate, planImport, type Directory } from '@/lib/imports/plan';

const dir: Directory = {
  companies: new Map([
    ['cool air', ['c1']],
    ['twins', ['t1', 't2']],
  ]),
  blocks: new Map([['c1\n40-hour block', 'b1']]),
  retainers: new Map(),
  tickets: new Map(),
  projects: new Map(),
  takenNumbers: new Set([7]),
};

describe('import plan', () => {
  it('reads dates strictly', () => {
    expect(['2026-02-28', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-2-1', '01/02/2026', ''].some(isIsoDate)).toBe(false);
  });

  it('matches companies and blocks by name regardless of case, and refuses an ambiguous name', () => {
    const { plan, errors } = planImport('time_entries', 'Company,Date,Hours,Block\nCOOL AIR,2026-01-02,2,40-Hour Block\nTwins,2026-01-02,1,\n', dir);
    expect(plan).toBeNull();
    expect(errors).toEqual([{ line: 3, message: 'More than one company is named "Twins".' }]);
    const ok = planImport('time_entries', 'company,date,hours,block\nCool Air,2026-01-02,2,40-hour block\n', dir);
    expect(ok.plan).toEqual({
      kind: 'time_entries',
      entries: [{ line: 2, companyId: 'c1', companyName: 'Cool Air', workedOn: '2026-01-02', hours: '2', workerName: '', description: '', billable: true, blockId: 'b1', retainerId: null, ticketId: null, projectId: null }],
    });
  });

  it('refuses taken, repeated and malformed invoice numbers, unknown currencies and cents a currency lacks', () => {
    const head = 'number,company,issue date,due date,currency,description,quantity,unit price,tax rate';
    const rows = ['7,Cool Air,2026-01-01,2026-01-31,USD,a,1,1,0', '8,Cool Air,2026-01-01,2026-01-31,XXX,b,1,1,0', '9,Cool Air,2026-01-01,2026-01-31,JPY,c,1,1.5,0', 'x,Cool Air,2026-01-01,2026-01-31,USD,d,1,1,101'];
    const { errors } = planImport('invoices', [head, ...rows].join('\n'), dir);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 5]);
    expect(errors[0].message).toBe('Invoice number 7 is already taken.');
    expect(errors[2].message).toBe('Unit price "1.5" must be a number with at most 0 decimals.');
  });

  it('refuses unknown columns and an empty file', () => {
    expect(planImport('time_entries', 'company,date,hours,colour\n', dir).errors).toEqual([
      { line: 1, message: 'Unknown column: colour.' },
      { line: 1, message: 'The file has no rows under its header.' },
    ]);
  });
});
