import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

type Common = { label: string; registration: UseFormRegisterReturn; errors?: string[]; hint?: string; id?: string };

export const control = (invalid: boolean) =>
  `block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 disabled:bg-zinc-50 disabled:text-zinc-600 ${invalid ? 'border-red-500' : 'border-zinc-300'}`;

export function FieldShell({ id, label, errors = [], hint, children }: { id: string; label: string; errors?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul id={`${id}-error`} className="space-y-0.5 text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A labelled input whose errors are announced and linked to it. */
export function Field({ label, registration, errors, hint, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${registration.name}`;
  return (
    <FieldShell id={fieldId} label={label} errors={errors} hint={hint}>
      <input id={fieldId} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint, errors)} className={control(!!errors?.length)} {...input} {...registration} />
    </FieldShell>
  );
}

export function SelectField({ label, registration, errors, hint, id, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const fieldId = id ?? `field-${registration.name}`;
  return (
    <FieldShell id={fieldId} label={label} errors={errors} hint={hint}>
      <select id={fieldId} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint, errors)} className={control(!!errors?.length)} {...select} {...registration}>
        {children}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ label, registration, hint, id, ...input }: Omit<Common, 'errors'> & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${registration.name}`;
  return (
    <div className="flex items-start gap-2">
      <input id={fieldId} type="checkbox" className="mt-0.5 h-4 w-4 rounded border-zinc-300 text-brand-600" aria-describedby={hint ? `${fieldId}-hint` : undefined} {...input} {...registration} />
      <div>
        <label htmlFor={fieldId} className="text-sm font-medium text-zinc-800">
          {label}
        </label>
        {hint && (
          <p id={`${fieldId}-hint`} className="text-xs text-zinc-500">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function TextareaField({ label, registration, errors, hint, id, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `field-${registration.name}`;
  return (
    <FieldShell id={fieldId} label={label} errors={errors} hint={hint}>
      <textarea id={fieldId} rows={4} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(fieldId, hint, errors)} className={control(!!errors?.length)} {...area} {...registration} />
    </FieldShell>
  );
}

/** `<option>`s for records with an id and a name, after the empty choice when one is given. */
export function NamedOptions({ items, empty }: { items: readonly { id: string; name: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** `<option>`s for a fixed list of values, each shown by its label. */
export function LabelledOptions<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}
