'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { control, describedBy, FieldShell } from '@/components/forms/field';

export type ComboboxItem = { id: string; name: string };

type Props<T extends ComboboxItem> = {
  label: string;
  /** the hidden input's name: the form posts the chosen id under it */
  name: string;
  /** GET `searchUrl?q=…` (or `&q=` when it has a query already) answers `{ matches: T[] }` (at most 20, scoped by the server) */
  searchUrl: string;
  value: ComboboxItem | null;
  onChange: (item: T | null) => void;
  noMatches: string;
  placeholder?: string;
  errors?: string[];
  hint?: string;
  disabled?: boolean;
  id?: string;
};

const DEBOUNCE_MS = 200;

/**
 * Search-as-you-type choice of one record (WAI-ARIA combobox with a listbox popup): typing asks the server for
 * matches (debounced, an earlier request aborted), Up/Down move through them, Enter chooses, Escape closes.
 * Editing the text after a choice clears it, so the form never posts a name that was not chosen.
 */
export function Combobox<T extends ComboboxItem>({ label, name, searchUrl, value, onChange, noMatches, placeholder, errors, hint, disabled, id }: Props<T>) {
  const inputId = id ?? `field-${name}`;
  const listId = `${useId()}-listbox`;
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<T[] | null>(null);
  const [active, setActive] = useState(-1);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});

  useEffect(() => () => cancel(), []);

  function cancel() {
    clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
  }

  function search(q: string) {
    cancel();
    setOpen(true);
    // earlier matches go at once: Up/Down and Enter act only on the answer to what is typed now
    setMatches(null);
    setActive(-1);
    pending.current.timer = setTimeout(async () => {
      const controller = new AbortController();
      pending.current.controller = controller;
      try {
        const reply = await fetch(`${searchUrl}${searchUrl.includes('?') ? '&' : '?'}${new URLSearchParams({ q })}`, { signal: controller.signal, headers: { accept: 'application/json' } });
        const found: T[] = reply.ok ? ((await reply.json()) as { matches: T[] }).matches : [];
        setMatches(found);
        setActive(-1);
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setMatches([]);
      }
    }, DEBOUNCE_MS);
  }

  function choose(item: T) {
    cancel();
    setText(item.name);
    setOpen(false);
    onChange(item);
  }

  function close() {
    cancel();
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = matches?.length ?? 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return search(text === value?.name ? '' : text);
      if (count) setActive((i) => (event.key === 'ArrowDown' ? (i + 1) % count : (i - 1 + count) % count));
    } else if (event.key === 'Enter' && open && matches && active >= 0) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const shown = open && matches !== null;
  const expanded = shown && matches.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <FieldShell id={inputId} label={label} errors={errors} hint={hint}>
      <div className="relative">
        <input type="hidden" name={name} value={value?.id ?? ''} />
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          data-popup-open={shown || undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(inputId, hint, errors)}
          className={control(!!errors?.length)}
          placeholder={placeholder}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (value) onChange(null);
            search(event.target.value.trim());
          }}
          onFocus={() => !disabled && search(value ? '' : text.trim())}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg"
        >
          {expanded &&
            matches.map((item, i) => (
              <li
                key={item.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-brand-50 text-brand-800' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
              >
                {item.name}
              </li>
            ))}
        </ul>
        {shown && matches.length === 0 && (
          <p role="status" className="absolute z-20 mt-1 w-full rounded-md border border-zinc-200 bg-white px-3 py-1.5 text-sm text-zinc-600 shadow-lg">
            {noMatches}
          </p>
        )}
      </div>
    </FieldShell>
  );
}
