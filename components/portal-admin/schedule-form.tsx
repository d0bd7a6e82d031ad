'use client';
import { useLocale } from 'next-intl';
import { SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { translateError } from '@/lib/i18n/errors';
import { WEEKDAYS, offHoursScheduleSchema, type Weekday } from '@/lib/portal-admin/off-hours-schemas';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Labels = Record<'title' | 'timeZone' | 'day' | 'closedAllDay' | 'opens' | 'closes' | 'save', string> & {
  days: Record<Weekday, { name: string; opens: string; closes: string; closed: string }>;
};

const timeInput = (invalid: boolean) =>
  `block w-full min-w-[7rem] rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 disabled:bg-zinc-50 disabled:text-zinc-400 ${invalid ? 'border-red-500' : 'border-zinc-300'}`;

/** Scheduled Off Hours: the time zone and, per weekday, closed all day or Opens–Closes. */
export function ScheduleForm({
  action,
  timeZones,
  defaults,
  labels,
}: {
  action: Action;
  timeZones: string[];
  defaults: Record<string, string | boolean>;
  labels: Labels;
}) {
  const locale = useLocale();
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(offHoursScheduleSchema, action, defaults);
  const tr = (list: string[]) => list.map((m) => translateError(m, locale));
  const closed = form.watch(WEEKDAYS.map((d) => `closed${d}` as const));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={labels.title}>
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <div className="max-w-md">
        <SelectField label={labels.timeZone} registration={form.register('timeZone')} errors={tr(errorsOf('timeZone'))}>
          {timeZones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </SelectField>
      </div>
      <table className="w-full text-sm" aria-label={labels.title}>
        <thead className="text-left text-zinc-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {labels.day}
            </th>
            <th scope="col" className="py-2 pr-3">
              {labels.closedAllDay}
            </th>
            <th scope="col" className="py-2 pr-3">
              {labels.opens}
            </th>
            <th scope="col" className="py-2">
              {labels.closes}
            </th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((d, i) => {
            const day = labels.days[d];
            const errors = tr([...errorsOf(`opens${d}`), ...errorsOf(`closes${d}`)]);
            return (
              <tr key={d} className="border-t border-zinc-100 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {day.name}
                </th>
                <td className="py-2 pr-3">
                  <label className="inline-flex items-center gap-2 pt-2">
                    <input type="checkbox" className="h-4 w-4 rounded border-zinc-300 text-brand-600" {...form.register(`closed${d}`)} />
                    <span className="sr-only">{day.closed}</span>
                  </label>
                </td>
                <td className="py-2 pr-3">
                  <label>
                    <span className="sr-only">{day.opens}</span>
                    <input
                      type="time"
                      disabled={closed[i] === true}
                      aria-invalid={errorsOf(`opens${d}`).length > 0 || undefined}
                      className={timeInput(errorsOf(`opens${d}`).length > 0)}
                      {...form.register(`opens${d}`)}
                    />
                  </label>
                </td>
                <td className="py-2">
                  <label>
                    <span className="sr-only">{day.closes}</span>
                    <input
                      type="time"
                      disabled={closed[i] === true}
                      aria-invalid={errorsOf(`closes${d}`).length > 0 || undefined}
                      className={timeInput(errorsOf(`closes${d}`).length > 0)}
                      {...form.register(`closes${d}`)}
                    />
                  </label>
                  {errors.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-xs text-red-700">
                      {errors.map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Button type="submit" disabled={pending}>
        {labels.save}
      </Button>
    </form>
  );
}
