'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { translateError } from '@/lib/i18n/errors';

/** "Was this helpful? Yes / No": the pressed button is the answer; answering again changes it. */
export function FeedbackForm({
  action,
  articleId,
  answer,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  articleId: string;
  answer: boolean | null;
}) {
  const t = useTranslations('knowledgeBase');
  const locale = useLocale();
  const [state, run, pending] = useActionState(action, {});
  const choice = (value: 'yes' | 'no', chosen: boolean) => (
    <Button type="submit" name="helpful" value={value} variant={chosen ? 'primary' : 'secondary'} aria-pressed={chosen} disabled={pending}>
      {t(value)}
    </Button>
  );
  return (
    <form action={run} aria-label={t('helpful')} className="space-y-3">
      <input type="hidden" name="articleId" value={articleId} />
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium">{t('helpful')}</span>
        {choice('yes', answer === true)}
        {choice('no', answer === false)}
        {answer !== null && <span className="text-sm text-zinc-600">{t(answer ? 'answeredYes' : 'answeredNo')}</span>}
      </div>
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      {state.fieldErrors && !state.error && <Alert tone="error">{Object.values(state.fieldErrors).flatMap((list) => (list ?? []).map((m) => translateError(m, locale))).join(' ')}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
    </form>
  );
}
