import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { AttachmentsCard } from '@/components/portal/attachments-card';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import { requireClient } from '@/lib/auth/client';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { viewerOf } from '@/lib/portal/access';
import { labelKey } from '@/lib/portal/labels';
import { getPortalProject } from '@/lib/projects/portal';
import { addIssueAction, addProjectNoteAction, emailTeamAction } from '../actions';

export const metadata: Metadata = { title: 'Project' };

function Posts({ label, posts, empty, contact }: { label: string; posts: { id: string; title: string; body: string; author: string; createdAt: Date }[]; empty: string; contact: { dateFormat: string; timeFormat: string } }) {
  return (
    <Card title={label}>
      {posts.length === 0 ? (
        <p className="text-sm text-zinc-500">{empty}</p>
      ) : (
        <ul aria-label={label} className="space-y-3">
          {posts.map((p) => (
            <li key={p.id} className="text-sm">
              {p.title && <p className="font-medium">{p.title}</p>}
              <p className="whitespace-pre-wrap text-zinc-700">{p.body}</p>
              <p className="text-xs text-zinc-500">
                {p.author} · {formatDateTime(p.createdAt, contact)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export default async function PortalProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const client = await requireClient();
  const { projectId } = await params;
  if (!z.uuid().safeParse(projectId).success) notFound();
  const data = await getPortalProject(viewerOf(client), projectId);
  if (!data) notFound();
  const t = await getTranslations('projects');
  const { project, contact } = { project: data.project, contact: client.contact };
  const hidden = <input type="hidden" name="projectId" value={project.id} />;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="text-zinc-500">{label}</dt>
      <dd>{value}</dd>
    </>
  );

  return (
    <div className="space-y-6">
      <Link href="/dashboards/projects" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{project.name}</h1>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t('details')}>
            <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {row(t('status'), t(labelKey('status', project.status)))}
              {project.startDate && row(t('start'), formatDate(new Date(project.startDate), contact.dateFormat))}
              {project.dueDate && row(t('due'), formatDate(new Date(project.dueDate), contact.dateFormat))}
              {project.charges !== null && row(t('charges'), formatNumber(project.charges, contact.numberFormat))}
              {project.estimatedHours !== null && row(t('estimatedHours'), formatNumber(project.estimatedHours, contact.numberFormat, 1))}
            </dl>
            {project.description && <p className="mt-4 whitespace-pre-wrap text-sm text-zinc-700">{project.description}</p>}
          </Card>

          <Card title={t('schedule')}>
            <section aria-label={t('milestones')} className="space-y-1">
              <h3 className="font-medium">{t('milestones')}</h3>
              {data.milestones.length === 0 ? (
                <p className="text-sm text-zinc-500">{t('nothingYet')}</p>
              ) : (
                <ul className="text-sm">
                  {data.milestones.map((m) => (
                    <li key={m.id}>
                      {m.name}
                      {m.dueDate && <span className="text-zinc-500"> · {formatDate(new Date(m.dueDate), contact.dateFormat)}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-label={t('tasks')} className="mt-4 space-y-3">
              <h3 className="font-medium">{t('tasks')}</h3>
              {data.taskLists.length === 0 && <p className="text-sm text-zinc-500">{t('nothingYet')}</p>}
              {data.taskLists.map((list) => (
                <div key={list.id} aria-label={list.name} role="group">
                  <p className="text-sm font-medium text-zinc-700">{list.name}</p>
                  <ul className="ml-4 list-disc text-sm">
                    {list.tasks.map((task) => (
                      <li key={task.id}>
                        {task.name} <span className="text-zinc-500">· {t(labelKey('task', task.status))}</span>
                        {task.assigneeContactId === contact.id && <strong className="ml-1 text-brand-700">({t('assignedToYou')})</strong>}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          </Card>

          <Posts label={t('updates')} posts={data.updates} empty={t('nothingYet')} contact={contact} />
          <Posts label={t('comments')} posts={data.comments} empty={t('nothingYet')} contact={contact} />
          <Posts label={t('notes')} posts={data.notes} empty={t('nothingYet')} contact={contact} />
          <Card title={t('addNote')}>
            <PortalForm action={addProjectNoteAction} label={t('addNote')} submit={t('addNote')}>
              {hidden}
              <QuickField label={t('note')}>
                <textarea name="body" rows={3} className={inputClass} />
              </QuickField>
            </PortalForm>
          </Card>
        </div>

        <div className="space-y-6">
          <Card title={t('team')}>
            <ul className="text-sm">
              {data.team.map((m) => (
                <li key={m.id}>
                  {m.firstName} {m.lastName}
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('calendar')}>
            {data.calendar.length === 0 ? (
              <p className="text-sm text-zinc-500">{t('nothingYet')}</p>
            ) : (
              <ul aria-label={t('calendar')} className="space-y-1 text-sm">
                {data.calendar.map((c) => (
                  <li key={c.id}>
                    {formatDateTime(c.startsAt, contact)} — {c.title}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <AttachmentsCard title={t('attachments')} documents={data.documents} empty={t('nothingYet')} />
          <Card title={t('addIssue')}>
            <PortalForm action={addIssueAction} label={t('addIssue')} submit={t('addIssue')}>
              {hidden}
              <QuickField label={t('issueTitle')}>
                <input name="title" className={inputClass} />
              </QuickField>
              <QuickField label={t('issueDescription')}>
                <textarea name="description" rows={3} className={inputClass} />
              </QuickField>
            </PortalForm>
          </Card>
          <Card title={t('emailTeam')}>
            <PortalForm action={emailTeamAction} label={t('emailTeam')} submit={t('send')}>
              {hidden}
              <QuickField label={t('message')}>
                <textarea name="message" rows={3} className={inputClass} />
              </QuickField>
            </PortalForm>
          </Card>
        </div>
      </div>
    </div>
  );
}
