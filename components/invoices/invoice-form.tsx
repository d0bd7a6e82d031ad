'use client';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { CompanyPicker } from '@/components/admin/pickers';
import { inputClass } from '@/components/forms/styles';
import { Alert } from '@/components/ui/alert';
import { Button, SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { MAX_LINES, invoiceLineSchema } from '@/lib/invoices/schemas';
import { CURRENCIES, formatMoney, invoiceTotals } from '@/lib/money';

export type InvoiceLineDraft = { description: string; quantity: string; unitPrice: string; taxRate: string };
export type InvoiceDefaults = {
  issueDate: string;
  dueDate: string;
  currency: string;
  paymentLink: string;
  notes: string;
  lines: InvoiceLineDraft[];
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** the invoice's company, shown in its combobox (null when none is chosen yet) */
  company: { id: string; name: string } | null;
  defaults: InvoiceDefaults;
  invoiceId?: string;
};

const blankLine: InvoiceLineDraft = { description: '', quantity: '1', unitPrice: '', taxRate: '0' };
const LINE_FIELDS = [
  { key: 'description', label: 'description', decimal: false },
  { key: 'quantity', label: 'quantity', decimal: true },
  { key: 'unitPrice', label: 'unit price', decimal: true },
  { key: 'taxRate', label: 'tax rate', decimal: true },
] as const;

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
      {errors.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** The totals preview: exact decimals from lib/money (the server computes the same again); shown once every line reads. */
function preview(lines: InvoiceLineDraft[], currency: string) {
  const parsed = lines.map((l) => invoiceLineSchema.safeParse(l));
  if (!parsed.every((p) => p.success)) return null;
  return invoiceTotals(
    parsed.map((p) => p.data!),
    currency,
  );
}

/** New invoice / edit a draft: line rows (add, remove), a totals preview, per-field errors from the shared zod schema. */
export function InvoiceForm({ action, company, defaults, invoiceId }: Props) {
  const [lines, setLines] = useState<InvoiceLineDraft[]>(defaults.lines.length ? defaults.lines : [blankLine]);
  const [currency, setCurrency] = useState(defaults.currency);
  const [state, run, pending] = useActionState(action, {} as ActionState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => run(data));
  };
  const errorsOf = (field: string) => state.fieldErrors?.[field];
  // A line's own problems are on its fields (`lines.0.quantity`); under the table only those of the list as a whole.
  const onLines = new Set(
    Object.entries(state.fieldErrors ?? {})
      .filter(([key]) => key.startsWith('lines.'))
      .flatMap(([, messages]) => messages ?? []),
  );
  const listErrors = errorsOf('lines')?.filter((m) => !onLines.has(m));
  const setLine = (i: number, patch: Partial<InvoiceLineDraft>) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const totals = preview(lines, currency);
  const field = (name: keyof InvoiceDefaults, label: string, props: Record<string, string> = {}) => (
    <label className="block space-y-1 text-sm">
      <span className="font-medium text-zinc-800">{label}</span>
      <input
        name={name}
        defaultValue={defaults[name] as string}
        className={inputClass}
        aria-invalid={errorsOf(name) ? true : undefined}
        aria-describedby={errorsOf(name) ? `${name}-errors` : undefined}
        {...props}
      />
      <FieldErrors id={`${name}-errors`} errors={errorsOf(name)} />
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invoice details">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {invoiceId && <input type="hidden" name="invoiceId" value={invoiceId} />}
      <input type="hidden" name="lines" value={JSON.stringify(lines)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <CompanyPicker label="Company" name="companyId" initial={company} errors={errorsOf('companyId')} />
        <label className="block space-y-1 text-sm">
          <span className="font-medium text-zinc-800">Currency</span>
          <select name="currency" value={currency} onChange={(e) => setCurrency(e.target.value)} className={inputClass}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <FieldErrors id="currency-errors" errors={errorsOf('currency')} />
        </label>
        {field('issueDate', 'Issue date', { type: 'date' })}
        {field('dueDate', 'Due date', { type: 'date' })}
        <div className="sm:col-span-2">{field('paymentLink', 'Payment link (optional)', { type: 'url', placeholder: 'https://…' })}</div>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">Lines</legend>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-zinc-600">
              <th className="py-1 pr-2 font-medium">Description</th>
              <th className="w-24 py-1 pr-2 font-medium">Quantity</th>
              <th className="w-32 py-1 pr-2 font-medium">Unit price</th>
              <th className="w-24 py-1 pr-2 font-medium">Tax %</th>
              <th className="w-28 py-1 pr-2 text-right font-medium">Amount</th>
              <th className="w-20" />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={i}>
                {LINE_FIELDS.map(({ key, label, decimal }) => {
                  const name = `lines.${i}.${key}`;
                  const errors = errorsOf(name);
                  return (
                    <td key={key} className="py-1 pr-2 align-top">
                      <input
                        aria-label={`Line ${i + 1} ${label}`}
                        inputMode={decimal ? 'decimal' : undefined}
                        value={line[key]}
                        onChange={(e) => setLine(i, { [key]: e.target.value })}
                        className={inputClass}
                        aria-invalid={errors ? true : undefined}
                        aria-describedby={errors ? `${name}-errors` : undefined}
                      />
                      <FieldErrors id={`${name}-errors`} errors={errors} />
                    </td>
                  );
                })}
                <td className="py-1 pr-2 text-right tabular-nums">{totals ? formatMoney(totals.amounts[i], currency) : '—'}</td>
                <td className="py-1">
                  <Button type="button" variant="secondary" disabled={lines.length === 1} onClick={() => setLines((all) => all.filter((_, j) => j !== i))} aria-label={`Remove line ${i + 1}`}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <FieldErrors id="lines-errors" errors={listErrors?.length ? listErrors : undefined} />
        <Button type="button" variant="secondary" disabled={lines.length >= MAX_LINES} onClick={() => setLines((all) => [...all, blankLine])}>
          Add line
        </Button>
      </fieldset>

      <dl className="ml-auto grid max-w-xs grid-cols-2 gap-1 text-sm" aria-label="Totals preview">
        <dt className="text-zinc-600">Subtotal</dt>
        <dd className="text-right tabular-nums">{totals ? formatMoney(totals.subtotal, currency) : '—'}</dd>
        <dt className="text-zinc-600">Tax</dt>
        <dd className="text-right tabular-nums">{totals ? formatMoney(totals.taxTotal, currency) : '—'}</dd>
        <dt className="font-medium">Total</dt>
        <dd className="text-right font-medium tabular-nums">{totals ? formatMoney(totals.total, currency) : '—'}</dd>
      </dl>

      <label className="block space-y-1 text-sm">
        <span className="font-medium text-zinc-800">Notes</span>
        <textarea name="notes" defaultValue={defaults.notes} rows={3} className={inputClass} />
        <FieldErrors id="notes-errors" errors={errorsOf('notes')} />
      </label>
      <SaveButton pending={pending} label={invoiceId ? 'Save draft' : 'Create draft'} />
    </form>
  );
}
