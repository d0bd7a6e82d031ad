'use client';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LEVEL_PERMISSION_INFO, orderedLevelPermissions } from '@/lib/security-levels/info';

export type PickerLevel = { id: string; name: string; builtIn: boolean; clientAssignable: boolean; permissions: readonly string[] };

type Props = {
  levels: readonly PickerLevel[];
  registration: UseFormRegisterReturn;
  /** the chosen level's id (the form's value), shown in the panel when no level is hovered or focused */
  value?: string;
  errors?: string[];
  label?: string;
};

function Allows({ level }: { level: PickerLevel }) {
  const allows = orderedLevelPermissions(level.permissions);
  return (
    <>
      <p className="mb-1 font-semibold text-zinc-900">
        {level.name} ({level.builtIn ? 'built-in' : 'custom'}) allows:
      </p>
      {allows.length ? (
        <ul className="list-disc space-y-0.5 pl-4">
          {allows.map((p) => (
            <li key={p}>{LEVEL_PERMISSION_INFO[p].label}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing beyond their own profile.</p>
      )}
      {!level.clientAssignable && <p className="mt-1 text-zinc-500">Only staff can give this level.</p>}
    </>
  );
}

/**
 * Choosing a security level (seed 04: "click on a radio button to assign a security level"): one radio per level.
 * Hovering or focusing a level shows what it allows in the panel beside the list (below it on narrow screens), so
 * it never covers another level; the same list is each radio's description for screen readers.
 */
export function LevelPicker({ levels, registration, value, errors = [], label = 'Security level' }: Props) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const base = `level-${registration.name}`;
  const shown = levels.find((l) => l.id === (hovered ?? focused ?? value));
  return (
    <fieldset aria-describedby={errors.length ? `${base}-error` : undefined} className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-zinc-800">{label}</legend>
      <p className="text-xs text-zinc-500">Hover over or focus a level to see what it allows.</p>
      <div className="grid gap-3 sm:grid-cols-[minmax(9rem,14rem)_1fr]">
        <div className="space-y-1.5" onMouseLeave={() => setHovered(null)}>
          {levels.map((level) => {
            const id = `${base}-${level.id}`;
            return (
              <div key={level.id} onMouseEnter={() => setHovered(level.id)} onFocus={() => setFocused(level.id)} onBlur={() => setFocused(null)}>
                <label
                  htmlFor={id}
                  className="flex cursor-pointer items-center gap-2 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 has-[:disabled]:cursor-default"
                >
                  <input
                    id={id}
                    type="radio"
                    value={level.id}
                    aria-describedby={`${id}-allows`}
                    className="h-4 w-4 shrink-0 text-brand-600"
                    {...registration}
                  />
                  <span className="font-medium text-zinc-800">{level.name}</span>
                </label>
                <div id={`${id}-allows`} hidden>
                  <Allows level={level} />
                </div>
              </div>
            );
          })}
        </div>
        <section aria-label="What the level allows" className="rounded-md border border-zinc-200 bg-zinc-50 p-3 text-xs text-zinc-700">
          {shown ? <Allows level={shown} /> : <p>No level chosen yet.</p>}
        </section>
      </div>
      {errors.length > 0 && (
        <ul id={`${base}-error`} className="space-y-0.5 text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
