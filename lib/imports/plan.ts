import Big from 'big.js';
import { parseCsv, type CsvError, type CsvRow } from '@/lib/csv';
import { CURRENCIES, invoiceTotals, minorUnits } from '@/lib/money';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, type ImportKind } from './schemas';

/**
 * A PSA export checked line by line before anything is written: every problem is reported with its line, and a
 * plan is produced only when there are none. Pure — the tenant's companies and blocks are handed in.
 */
export type Directory = {
  /** lower-cased company name → ids (more than one: the name is ambiguous) */
  companies: Map<string, string[]>;
  /** `${companyId}\n${lower-cased block name}` → block id */
  blocks: Map<string, string>;
  /** `${companyId}\n${lower-cased retainer name}` → retainer id */
  retainers: Map<string, string>;
  /** `${companyId}\n${ticket number}` → ticket id */
  tickets: Map<string, string>;
  /** `${companyId}\n${lower-cased project name}` → project id */
  projects: Map<string, string>;
  /** invoice numbers the tenant already has */
  takenNumbers: Set<number>;
};

export type TimeEntryPlan = { line: number; companyId: string; companyName: string; workedOn: string; hours: string; workerName: string; description: string; billable: boolean; blockId: string | null; retainerId: string | null; ticketId: string | null; projectId: string | null };
export type InvoicePlan = {
  lines: number[];
  reference: string;
  companyId: string;
  companyName: string;
  number: number | null;
  issueDate: string;
  dueDate: string;
  currency: string;
  items: { description: string; quantity: string; unitPrice: string; taxRate: string; amount: string }[];
  subtotal: string;
  taxTotal: string;
  total: string;
};
export type ImportPlan = { kind: 'time_entries'; entries: TimeEntryPlan[] } | { kind: 'invoices'; invoices: InvoicePlan[] };

const key = (header: string) => header.replace(/[_\s]+/g, ' ');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string) {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A plain decimal with at most `places` decimals ("1.5", "-3", never "1e3" or "1,5"). */
function decimalOf(value: string, places: number, signed = false): string | null {
  const pattern = new RegExp(`^${signed ? '-?' : ''}\\d{1,9}${places ? `(\\.\\d{1,${places}})?` : ''}$`);
  return pattern.test(value) ? new Big(value).toString() : null;
}

const BILLABLE: Record<string, boolean> = { '': true, yes: true, y: true, true: true, '1': true, no: false, n: false, false: false, '0': false };

export function planImport(kind: ImportKind, text: string, dir: Directory): { plan: ImportPlan | null; errors: CsvError[]; rows: number } {
  const parsed = parseCsv(text);
  const errors: CsvError[] = [...parsed.errors];
  const headers = parsed.headers.map(key);
  const rows: CsvRow[] = parsed.rows.map((r) => ({ line: r.line, values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [key(k), v])) }));
  const columns = IMPORT_COLUMNS[kind];
  const missing = columns.required.filter((c) => !headers.includes(c));
  if (missing.length) errors.push({ line: 1, message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.` });
  const unknown = headers.filter((h) => h && !columns.required.includes(h) && !columns.optional.includes(h));
  if (unknown.length) errors.push({ line: 1, message: `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.` });
  if (!rows.length) errors.push({ line: 1, message: 'The file has no rows under its header.' });
  if (rows.length > MAX_IMPORT_ROWS) errors.push({ line: 1, message: `At most ${MAX_IMPORT_ROWS} rows can be imported at once.` });
  if (errors.some((e) => e.line === 1)) return { plan: null, errors: sorted(errors), rows: rows.length };

  const problem = (line: number, message: string) => errors.push({ line, message });
  const company = (row: CsvRow) => {
    const name = row.values.company ?? '';
    const ids = dir.companies.get(name.toLowerCase()) ?? [];
    if (!name) problem(row.line, 'Company is empty.');
    else if (!ids.length) problem(row.line, `Unknown company "${name}".`);
    else if (ids.length > 1) problem(row.line, `More than one company is named "${name}".`);
    return ids.length === 1 ? { id: ids[0], name } : null;
  };

  const plan = kind === 'time_entries' ? planTimeEntries(rows, dir, company, problem) : planInvoices(rows, dir, company, problem);
  return errors.length ? { plan: null, errors: sorted(errors), rows: rows.length } : { plan, errors: [], rows: rows.length };
}

type CompanyOf = (row: CsvRow) => { id: string; name: string } | null;
type Problem = (line: number, message: string) => void;

function planTimeEntries(rows: CsvRow[], dir: Directory, companyOf: CompanyOf, problem: Problem): ImportPlan {
  const entries: TimeEntryPlan[] = [];
  for (const row of rows) {
    const v = row.values;
    const company = companyOf(row);
    if (!isIsoDate(v.date ?? '')) problem(row.line, `Date "${v.date ?? ''}" is not a date (YYYY-MM-DD).`);
    const hours = decimalOf(v.hours ?? '', 2);
    if (!hours || new Big(hours).lte(0) || new Big(hours).gt(24)) problem(row.line, `Hours "${v.hours ?? ''}" must be a positive number up to 24 with at most two decimals.`);
    const billable = BILLABLE[(v.billable ?? '').toLowerCase()];
    if (billable === undefined) problem(row.line, `Billable "${v.billable}" must be yes or no.`);
    const named = (column: 'block' | 'retainer' | 'project', map: Map<string, string>, what: string) => {
      if (!v[column] || !company) return null;
      const id = map.get(`${company.id}\n${v[column].toLowerCase()}`) ?? null;
      if (!id) problem(row.line, `${company.name} has no ${what} named "${v[column]}".`);
      return id;
    };
    const blockId = named('block', dir.blocks, 'block of hours');
    const retainerId = named('retainer', dir.retainers, 'retainer');
    const projectId = named('project', dir.projects, 'project');
    if (v.block && v.retainer) problem(row.line, 'Give a block or a retainer, not both.');
    let ticketId: string | null = null;
    if (v.ticket && company) {
      const number = v.ticket.replace(/^#/, '');
      ticketId = /^\d{1,9}$/.test(number) ? (dir.tickets.get(`${company.id}\n${Number(number)}`) ?? null) : null;
      if (!ticketId) problem(row.line, `${company.name} has no ticket number "${v.ticket}".`);
    }
    if ((v.description ?? '').length > 2000) problem(row.line, 'Description can be at most 2000 characters.');
    if ((v.worker ?? '').length > 200) problem(row.line, 'Worker can be at most 200 characters.');
    if (company && hours)
      entries.push({ line: row.line, companyId: company.id, companyName: company.name, workedOn: v.date, hours, workerName: v.worker ?? '', description: v.description ?? '', billable: billable ?? true, blockId, retainerId, ticketId, projectId });
  }
  return { kind: 'time_entries', entries };
}

function planInvoices(rows: CsvRow[], dir: Directory, companyOf: CompanyOf, problem: Problem): ImportPlan {
  const groups = new Map<string, InvoicePlan>();
  const numbers = new Map<number, string>();
  for (const row of rows) {
    const v = row.values;
    const company = companyOf(row);
    const reference = v.reference || v.number || '';
    if (!reference) problem(row.line, 'Give each line a reference or a number, to group the lines of one invoice.');
    let number: number | null = null;
    if (v.number) {
      if (!/^\d{1,9}$/.test(v.number) || Number(v.number) < 1) problem(row.line, `Number "${v.number}" must be a positive whole number.`);
      else {
        number = Number(v.number);
        if (dir.takenNumbers.has(number)) problem(row.line, `Invoice number ${number} is already taken.`);
        if (numbers.has(number) && numbers.get(number) !== reference) problem(row.line, `Invoice number ${number} is used by two invoices in the file.`);
        numbers.set(number, reference);
      }
    }
    if (!isIsoDate(v['issue date'] ?? '')) problem(row.line, `Issue date "${v['issue date'] ?? ''}" is not a date (YYYY-MM-DD).`);
    if (!isIsoDate(v['due date'] ?? '')) problem(row.line, `Due date "${v['due date'] ?? ''}" is not a date (YYYY-MM-DD).`);
    else if (isIsoDate(v['issue date'] ?? '') && v['due date'] < v['issue date']) problem(row.line, 'Due date is before the issue date.');
    const currency = (v.currency ?? '').toUpperCase();
    if (!(CURRENCIES as readonly string[]).includes(currency)) problem(row.line, `Currency "${v.currency ?? ''}" is not one of ${CURRENCIES.join(', ')}.`);
    if (!v.description) problem(row.line, 'Description is empty.');
    else if (v.description.length > 2000) problem(row.line, 'Description can be at most 2000 characters.');
    const quantity = decimalOf(v.quantity ?? '', 3);
    if (!quantity || new Big(quantity).lte(0)) problem(row.line, `Quantity "${v.quantity ?? ''}" must be a positive number with at most three decimals.`);
    const places = minorUnits(currency);
    const unitPrice = decimalOf(v['unit price'] ?? '', places, true);
    if (!unitPrice) problem(row.line, `Unit price "${v['unit price'] ?? ''}" must be a number with at most ${places} decimals.`);
    const taxRate = decimalOf(v['tax rate'] || '0', 3);
    if (!taxRate || new Big(taxRate).gt(100)) problem(row.line, `Tax rate "${v['tax rate']}" must be a percentage from 0 to 100.`);
    if (!company || !reference || !quantity || !unitPrice || !taxRate) continue;

    const group = groups.get(reference);
    if (!group) {
      groups.set(reference, {
        lines: [row.line],
        reference,
        companyId: company.id,
        companyName: company.name,
        number,
        issueDate: v['issue date'],
        dueDate: v['due date'],
        currency,
        items: [{ description: v.description, quantity, unitPrice, taxRate, amount: '' }],
        subtotal: '',
        taxTotal: '',
        total: '',
      });
      continue;
    }
    const differs = [
      group.companyId !== company.id && 'company',
      group.issueDate !== v['issue date'] && 'issue date',
      group.dueDate !== v['due date'] && 'due date',
      group.currency !== currency && 'currency',
      number !== null && group.number !== number && 'number',
    ].filter(Boolean);
    if (differs.length) problem(row.line, `This line's ${differs.join(', ')} differ${differs.length > 1 ? '' : 's'} from line ${group.lines[0]} of invoice "${reference}".`);
    group.lines.push(row.line);
    group.items.push({ description: v.description, quantity, unitPrice, taxRate, amount: '' });
  }
  const invoices = [...groups.values()].map((inv) => {
    const totals = invoiceTotals(inv.items, inv.currency);
    return { ...inv, items: inv.items.map((item, i) => ({ ...item, amount: totals.amounts[i] })), subtotal: totals.subtotal, taxTotal: totals.taxTotal, total: totals.total };
  });
  return { kind: 'invoices', invoices };
}

const sorted = (errors: CsvError[]) => [...errors].sort((a, b) => a.line - b.line);
