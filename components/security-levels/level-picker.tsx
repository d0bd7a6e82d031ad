'use client';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { LEVEL_PERMISSION_INFO, orderedLevelPermissions } from '@/lib/security-levels/info';

export type PickerLevel = { id: string; name: string; builtIn: boolean; clientAssignable: boolean; permissions: readonly string[] };

type Props = { levels: readonly PickerLevel[]; registration: UseFormRegisterReturn; errors?: string[]; label?: string; staffOnlyNote?: boolean };

/**
 * Choosing a security level (seed 04: "click on a radio button to assign a security level"): one radio per level.
 * Hovering or focusing a level shows what it allows; the same list is the radio's description for screen readers.
 */
export function LevelPicker({ levels, registration, errors = [], label = 'Security level', staffOnlyNote = true }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const base = `level-${registration.name}`;
  return (
    <fieldset aria-describedby={errors.length ? `${base}-error` : undefined} className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-zinc-800">{label}</legend>
      <p className="text-xs text-zinc-500">Hover over or focus a level to see what it allows.</p>
      <div className="flex flex-wrap gap-2">
        {levels.map((level) => {
          const id = `${base}-${level.id}`;
          const allows = orderedLevelPermissions(level.permissions);
          return (
            <div
              key={level.id}
              className="relative"
              onMouseEnter={() => setOpen(level.id)}
              onMouseLeave={() => setOpen((o) => (o === level.id ? null : o))}
              onFocus={() => setOpen(level.id)}
              onBlur={() => setOpen((o) => (o === level.id ? null : o))}
              onKeyDown={(e) => e.key === 'Escape' && open === level.id && (e.stopPropagation(), setOpen(null))}
            >
              <label
                htmlFor={id}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 has-[:disabled]:cursor-default"
              >
                <input id={id} type="radio" value={level.id} aria-describedby={`${id}-allows`} className="h-4 w-4 text-brand-600" {...registration} />
                <span className="font-medium text-zinc-800">{level.name}</span>
              </label>
              <div id={`${id}-allows`} role="tooltip" hidden={open !== level.id} className="absolute left-0 top-full z-30 w-72 max-w-[calc(100vw-3rem)] pt-1">
                <div className="rounded-md border border-zinc-200 bg-white p-3 text-xs text-zinc-700 shadow-lg">
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
                  {staffOnlyNote && !level.clientAssignable && <p className="mt-1 text-zinc-500">Only staff can give this level.</p>}
                </div>
              </div>
            </div>
          );
        })}
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
