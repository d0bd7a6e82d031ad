'use client';
import { startTransition, useActionState } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';

/** What a field shows: every broken rule's message once (react-hook-form with `criteriaMode: 'all'`). */
export function fieldMessages(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = Object.values(error.types ?? {}).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const list = (all.length ? all : [error.message]).filter((m): m is string => typeof m === 'string');
  return [...new Set(list)];
}

/**
 * react-hook-form validates with the same zod schema the server action parses (every broken rule is
 * shown); the action's per-field errors come back into the same form.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues?: DefaultValues<z.input<S>>,
  onSuccess?: (state: ActionState, form: { reset: () => void }) => void,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never),
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
