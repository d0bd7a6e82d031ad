'use client';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { LevelPermission } from '@/lib/db/schema';
import { LEVEL_PERMISSION_INFO, orderedLevelPermissions } from '@/lib/security-levels/info';

export type PickerLevel = { id: string; name: string; builtIn: boolean; clientAssignable: boolean; permissions: readonly string[] };

/**
 * The picker's words, in English unless a translated set is given (the portal's Portal Admin › Logins); plain
 * strings, so a server page can pass them. `allows` reads `{name}` and `{kind}` (built-in or custom).
 */
export type PickerText = {
  label: string;
  hint: string;
  panel: string;
  allows: string;
  builtIn: string;
  custom: string;
  nothing: string;
  none: string;
  staffOnly: string;
  permissions: Partial<Record<LevelPermission, string>>;
};

const ENGLISH: PickerText = {
  label: 'Security level',
  hint: 'Hover over or focus a level to see what it allows.',
  panel: 'What the level allows',
  allows: '{name} ({kind}) allows:',
  builtIn: 'built-in',
  custom: 'custom',
  nothing: 'Nothing beyond their own profile.',
  none: 'No level chosen yet.',
  staffOnly: 'Only staff can give this level.',
  permissions: {},
};

type Props = {
  levels: readonly PickerLevel[];
  registration: UseFormRegisterReturn;
  /** the chosen level's id (the form's value), shown in the panel when no level is hovered or focused */
  value?: string;
  errors?: string[];
  text?: Partial<PickerText>;
};

function Allows({ level, t }: { level: PickerLevel; t: PickerText }) {
  const allows = orderedLevelPermissions(level.permissions);
  return (
    <>
      <p className="mb-1 font-semibold text-zinc-900">
        {t.allows.replace('{name}', () => level.name).replace('{kind}', () => (level.builtIn ? t.builtIn : t.custom))}
      </p>
      {allows.length ? (
        <ul className="list-disc space-y-0.5 pl-4">
          {allows.map((p) => (
            <li key={p}>{t.permissions[p] ?? LEVEL_PERMISSION_INFO[p].label}</li>
          ))}
        </ul>
      ) : (
        <p>{t.nothing}</p>
      )}
      {!level.clientAssignable && <p className="mt-1 text-zinc-500">{t.staffOnly}</p>}
    </>
  );
}

/**
 * Choosing a security level (seed 04: "click on a radio button to assign a security level"): one radio per level.
 * Hovering or focusing a level shows what it allows in the panel beside the list (below it on narrow screens), so
 * it never covers another level; the same list is each radio's description for screen readers.
 */
export function LevelPicker({ levels, registration, value, errors = [], text }: Props) {
  const t = { ...ENGLISH, ...text };
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const base = `level-${registration.name}`;
  const shown = levels.find((l) => l.id === (hovered ?? focused ?? value));
  return (
    <fieldset aria-describedby={errors.length ? `${base}-error` : undefined} className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-zinc-800">{t.label}</legend>
      <p className="text-xs text-zinc-500">{t.hint}</p>
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
                  <Allows level={level} t={t} />
                </div>
              </div>
            );
          })}
        </div>
        <section aria-label={t.panel} className="rounded-md border border-zinc-200 bg-zinc-50 p-3 text-xs text-zinc-700">
          {shown ? <Allows level={shown} t={t} /> : <p>{t.none}</p>}
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
