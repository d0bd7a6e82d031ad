'use client';
import { startTransition, useActionState, useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';

/** What a field shows: every broken rule's message once (react-hook-form with `criteriaMode: 'all'`). */
export function fieldMessages(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = Object.values(error.types ?? {}).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const list = (all.length ? all : [error.message]).filter((m): m is string => typeof m === 'string');
  return [...new Set(list)];
}

/** A schema, or a function that imports it: then zod (and the schema) load after the page, not with it. */
export type SchemaSource<S> = S | (() => Promise<S>);

/** zod's resolver, fetched with the schema on first use (the form starts fetching both when it mounts). */
function lazyResolver<S extends z.ZodType<FieldValues, FieldValues>>(source: SchemaSource<S>): { resolver: Resolver<z.input<S>, unknown, z.output<S>>; preload: () => Promise<unknown> } {
  let loaded: Promise<Resolver<z.input<S>, unknown, z.output<S>>> | undefined;
  const preload = () =>
    (loaded ??= Promise.all([typeof source === 'function' ? (source as () => Promise<S>)() : source, import('@hookform/resolvers/zod')]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    ));
  return { resolver: async (values, context, options) => (await preload())(values, context, options), preload };
}

/**
 * react-hook-form validates with the same zod schema the server action parses (every broken rule is
 * shown); the action's per-field errors come back into the same form.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: SchemaSource<S>,
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues?: DefaultValues<z.input<S>>,
  onSuccess?: (state: ActionState, form: { reset: () => void }) => void,
) {
  const [{ resolver, preload }] = useState(() => lazyResolver(schema));
  useEffect(() => void preload(), [preload]);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues,
    mode: 'onTouched',
    criteriaMode: 'all',
  });
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.success) onSuccess?.(result, form);
    return result;
  }, {});
  const onSubmit = form.handleSubmit((_data, event) => {
    const formData = new FormData(event?.target as HTMLFormElement);
    startTransition(() => formAction(formData));
  });
  const errorsOf = (name: Path<z.input<S>>): string[] => {
    const client = fieldMessages(form.formState.errors[name] as FieldError | undefined);
    return client.length ? client : (state.fieldErrors?.[name] ?? []);
  };
  return { form, state, pending, onSubmit, errorsOf };
}
