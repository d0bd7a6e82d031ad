'use client';
import type { ButtonHTMLAttributes } from 'react';
import { useHydrated } from './use-hydrated';

const variants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/60',
  secondary: 'border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50',
  danger: 'bg-red-600 text-white hover:bg-red-700',
  ghost: 'text-zinc-700 hover:bg-zinc-100',
};

export function Button({ variant = 'primary', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  // A plain button only does something through its script: until the page is hydrated a click would be lost,
  // so it waits disabled (submit buttons work without scripts and stay enabled).
  const hydrated = useHydrated();
  const inert = props.type === 'button' && !hydrated;
  return (
    <button
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:cursor-not-allowed ${variants[variant]} ${className}`}
      {...props}
      disabled={props.disabled || inert}
    />
  );
}

/** A form's submit button, right-aligned, reading "Saving…" while the action runs. */
export function SaveButton({ pending, label = 'Save' }: { pending: boolean; label?: string }) {
  return (
    <div className="flex justify-end">
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : label}
      </Button>
    </div>
  );
}
