'use client';
import { useEffect, useRef, useState } from 'react';
import { CompanyPicker } from '@/components/admin/pickers';
import { Field, LabelledOptions, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES, ARTICLE_VISIBILITIES, type ArticleLanguage, type ArticleStatus, type ArticleVisibility } from '@/lib/db/schema';
import { ARTICLE_LANGUAGE_LABELS, ARTICLE_STATUS_LABELS, ARTICLE_VISIBILITY_LABELS, MAX_BODY_LENGTH, articleSchema } from '@/lib/knowledge-base/schemas';

export type ArticleDefaults = {
  articleId?: string;
  title: string;
  body: string;
  category: string;
  tags: string;
  status: ArticleStatus;
  visibility: ArticleVisibility;
  companyIds: string;
  language: ArticleLanguage;
};

type Company = { id: string; name: string };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: ArticleDefaults;
  /** the companies the article is for now, shown as chips */
  chosenCompanies: Company[];
  categories: string[];
};

const VISIBILITY_HINTS: Record<ArticleVisibility, string> = {
  public: 'Every portal user of a company with the knowledge base on.',
  companies: 'Only portal users of the companies chosen below (when their knowledge base is on).',
};

/** New / Edit article: title, Markdown body, category, tags, status, who may read it, language. */
export function ArticleForm({ action, defaults, chosenCompanies, categories }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(articleSchema, action, { ...defaults, articleId: defaults.articleId ?? '' });
  // Publish and Unpublish change the status outside this form: what it shows (and would save) follows.
  useEffect(() => form.setValue('status', defaults.status), [form, defaults.status]);
  const visibility = form.watch('visibility');
  const [chosen, setChosen] = useState(chosenCompanies);
  // the "Add a company" combobox starts empty again after each choice (remounted), keeping the focus
  const [adding, setAdding] = useState({ round: 0, focus: false });
  const adder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (adding.focus) adder.current?.querySelector<HTMLInputElement>('[role="combobox"]')?.focus();
  }, [adding]);
  const choose = (next: Company[]) => {
    setChosen(next);
    form.setValue('companyIds', next.map((c) => c.id).join(','), { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  const add = (company: Company | null) => {
    if (!company) return;
    if (!chosen.some((c) => c.id === company.id)) choose([...chosen, company]);
    setAdding((a) => ({ round: a.round + 1, focus: true }));
  };
  const companyErrors = errorsOf('companyIds');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Article">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <input type="hidden" {...form.register('articleId')} />
      <input type="hidden" {...form.register('companyIds')} />
      <Field label="Title" registration={form.register('title')} errors={errorsOf('title')} maxLength={200} autoComplete="off" />
      <div className="[&_textarea]:font-mono">
        <TextareaField
        label="Body (Markdown)"
        registration={form.register('body')}
        errors={errorsOf('body')}
        rows={16}
        maxLength={MAX_BODY_LENGTH}
        hint="Markdown: # Heading, **bold**, - lists, [links](https://…), tables. HTML is not shown to clients. Images: attach them, then paste their Markdown."
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Category" registration={form.register('category')} errors={errorsOf('category')} list="article-categories" maxLength={100} autoComplete="off" />
        <datalist id="article-categories">
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label="Tags" registration={form.register('tags')} errors={errorsOf('tags')} hint="Separate tags with commas." autoComplete="off" />
        <SelectField label="Status" registration={form.register('status')} errors={errorsOf('status')} hint="Clients never see a draft.">
          <LabelledOptions values={ARTICLE_STATUSES} labels={ARTICLE_STATUS_LABELS} />
        </SelectField>
        <SelectField label="Language" registration={form.register('language')} errors={errorsOf('language')}>
          <LabelledOptions values={ARTICLE_LANGUAGES} labels={ARTICLE_LANGUAGE_LABELS} />
        </SelectField>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">Visibility</legend>
        {ARTICLE_VISIBILITIES.map((v) => (
          <div key={v} className="flex items-start gap-2">
            <input id={`visibility-${v}`} type="radio" value={v} aria-describedby={`visibility-${v}-hint`} className="mt-1 h-4 w-4" {...form.register('visibility')} />
            <div>
              <label htmlFor={`visibility-${v}`} className="text-sm font-medium text-zinc-800">
                {ARTICLE_VISIBILITY_LABELS[v]}
              </label>
              <p id={`visibility-${v}-hint`} className="text-xs text-zinc-500">
                {VISIBILITY_HINTS[v]}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {visibility === 'companies' && (
        <fieldset className="rounded-md border border-zinc-200 p-4" aria-describedby={companyErrors.length ? 'companies-error' : undefined}>
          <legend className="px-1 text-sm font-semibold text-zinc-800">Companies</legend>
          <div ref={adder} className="max-w-sm">
            <CompanyPicker key={adding.round} id="add-article-company" label="Add a company" name="" initial={null} onChosen={add} />
          </div>
          {chosen.length > 0 && (
            <ul aria-label="Chosen companies" className="mt-3 flex flex-wrap gap-2">
              {chosen.map((c) => (
                <li key={c.id} className="flex items-center gap-1 rounded-full bg-zinc-100 py-1 pl-3 pr-1 text-sm">
                  {c.name}
                  <button
                    type="button"
                    aria-label={`Remove ${c.name}`}
                    onClick={() => choose(chosen.filter((other) => other.id !== c.id))}
                    className="rounded-full px-1.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-800"
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {companyErrors.length > 0 && (
            <ul id="companies-error" className="mt-2 space-y-0.5 text-xs text-red-700">
              {companyErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
      <SaveButton pending={pending} label={defaults.articleId ? 'Save' : 'Create article'} />
    </form>
  );
}
