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
  `block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 disabled:bg-zinc-50 disabled:text-zinc-400 ${invalid ? 'border-red-500' : 'border-zinc-300'}`;

/** Day · Closed all day · Opens · Closes on wide screens; on a phone the day and its switch above the two times. */
const ROW = 'grid-cols-2 items-center gap-x-3 gap-y-1 sm:grid-cols-[7rem_8rem_1fr_1fr]';

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
      <div role="group" aria-label={labels.title} className="max-w-2xl text-sm">
        <div aria-hidden="true" className={`${ROW} hidden py-2 font-medium text-zinc-600 sm:grid`}>
          <span>{labels.day}</span>
          <span>{labels.closedAllDay}</span>
          <span>{labels.opens}</span>
          <span>{labels.closes}</span>
        </div>
        {WEEKDAYS.map((d, i) => {
          const day = labels.days[d];
          const errors = tr([...errorsOf(`opens${d}`), ...errorsOf(`closes${d}`)]);
          return (
            <div key={d} className={`${ROW} grid border-t border-zinc-100 py-2`}>
              <span className="col-span-2 font-medium sm:col-span-1">{day.name}</span>
              <label className="col-span-2 flex items-center gap-2 sm:col-span-1">
                <input type="checkbox" className="h-4 w-4 rounded border-zinc-300 text-brand-600" {...form.register(`closed${d}`)} />
                <span className="sr-only">{day.closed}</span>
                <span aria-hidden="true" className="text-zinc-600 sm:hidden">
                  {labels.closedAllDay}
                </span>
              </label>
              <label className="space-y-1">
                <span className="sr-only">{day.opens}</span>
                <span aria-hidden="true" className="block text-xs text-zinc-500 sm:hidden">
                  {labels.opens}
                </span>
                <input
                  type="time"
                  disabled={closed[i] === true}
                  aria-invalid={errorsOf(`opens${d}`).length > 0 || undefined}
                  className={timeInput(errorsOf(`opens${d}`).length > 0)}
                  {...form.register(`opens${d}`)}
                />
              </label>
              <label className="space-y-1">
                <span className="sr-only">{day.closes}</span>
                <span aria-hidden="true" className="block text-xs text-zinc-500 sm:hidden">
                  {labels.closes}
                </span>
                <input
                  type="time"
                  disabled={closed[i] === true}
                  aria-invalid={errorsOf(`closes${d}`).length > 0 || undefined}
                  className={timeInput(errorsOf(`closes${d}`).length > 0)}
                  {...form.register(`closes${d}`)}
                />
              </label>
              {errors.length > 0 && (
                <ul className="col-span-2 space-y-0.5 text-xs text-red-700 sm:col-span-2 sm:col-start-3">
                  {errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <Button type="submit" disabled={pending}>
        {labels.save}
      </Button>
    </form>
  );
}
