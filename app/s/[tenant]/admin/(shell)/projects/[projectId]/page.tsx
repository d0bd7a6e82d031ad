import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { QuickField, QuickForm } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { AddPeopleDialog } from '@/components/projects/add-people-dialog';
import { DocumentsCard } from '@/components/projects/documents-card';
import { ProjectForm } from '@/components/projects/project-form';
import { ShowOnPortalSwitch } from '@/components/projects/show-on-portal-switch';
import { TaskStatusSelect } from '@/components/projects/task-status-select';
import { Card } from '@/components/ui/card';
import { EditableWhen, ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { editRights, requireStaff } from '@/lib/auth/staff';
import { getProjectForStaff } from '@/lib/projects/queries';
import {
  addCalendarItemAction,
  addMembersAction,
  addMilestoneAction,
  addPostAction,
  addTaskAction,
  addTaskListAction,
  removeMemberAction,
  setShowOnPortalAction,
  setTaskStatusAction,
  updateProjectAction,
  uploadDocumentAction,
} from '../actions';

export const metadata: Metadata = { title: 'Project' };

const Checkbox = ({ name, label, checked }: { name: string; label: string; checked: boolean }) => (
  <label className="flex items-center gap-2 text-sm">
    <input type="checkbox" name={name} defaultChecked={checked} /> {label}
  </label>
);

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { allowed: canEdit, only: editing } = editRights(user, 'projects.edit');
  const { projectId } = await params;
  if (!z.uuid().safeParse(projectId).success) notFound();
  const data = await getProjectForStaff({ tenantId: tenant.id, projectId });
  if (!data) notFound();
  const { project, company } = data;
  const candidates = data.companyContacts.filter((c) => !data.members.some((m) => m.id === c.id));
  const hidden = <input type="hidden" name="projectId" value={project.id} />;
  const name = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();

  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/admin/projects" className="text-sm text-brand-700 hover:underline">
        ← Projects
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{project.name}</h1>
        <p className="text-sm text-zinc-600">{company.name}</p>
      </div>
      {!canEdit && <ViewOnlyNotice permission="projects.edit" />}

      <Card title="Details">
        <EditableWhen allowed={canEdit}>
          <ProjectForm
            action={updateProjectAction}
            company={{ id: company.id, name: company.name }}
            projectId={project.id}
            defaults={{
              companyId: project.companyId,
              name: project.name,
              description: project.description,
              status: project.status,
              startDate: project.startDate ?? '',
              dueDate: project.dueDate ?? '',
              estimatedHours: project.estimatedHours?.toString() ?? '',
              charges: project.charges?.toString() ?? '',
            }}
          />
        </EditableWhen>
      </Card>

      <Card title="Members">
        <ul className="mb-4 space-y-2" aria-label="Members">
          {data.members.length === 0 && (
            <li className="text-sm text-zinc-500">
              No members yet. Clients only see a project once they are members (or Advanced and Manager users of its company).
            </li>
          )}
          {data.members.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-3 text-sm">
              <span>
                {name(m)} <span className="text-zinc-500">{m.email}</span>
              </span>
              {canEdit && (
                <QuickForm action={removeMemberAction} label={`Remove ${name(m)}`} submit="Remove" variant="secondary">
                  {hidden}
                  <input type="hidden" name="contactId" value={m.id} />
                </QuickForm>
              )}
            </li>
          ))}
        </ul>
        {canEdit && <AddPeopleDialog projectId={project.id} candidates={candidates} action={addMembersAction} />}
      </Card>

      <Card title="Milestones">
        <ul className="mb-4 space-y-2" aria-label="Milestones">
          {data.milestones.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-3 text-sm">
              <span>
                {m.name} {m.dueDate && <span className="text-zinc-500">· due {m.dueDate}</span>}
              </span>
              <ShowOnPortalSwitch kind="milestone" id={m.id} shared={m.shared} name={m.name} action={editing(setShowOnPortalAction)} />
            </li>
          ))}
        </ul>
        {canEdit && (
          <QuickForm action={addMilestoneAction} label="New milestone" submit="Add milestone" className="grid gap-3 sm:grid-cols-3 sm:items-end">
            {hidden}
            <QuickField label="Milestone name">
              <input name="name" className={inputClass} />
            </QuickField>
            <QuickField label="Milestone due date">
              <input name="dueDate" type="date" className={inputClass} />
            </QuickField>
            <Checkbox name="shared" label="Show on Portal?" checked={tenant.shareMilestonesByDefault} />
          </QuickForm>
        )}
      </Card>

      <Card title="Tasks">
        <div className="mb-4 space-y-4">
          {data.taskLists.map((list) => (
            <section key={list.id} aria-label={`Task list ${list.name}`}>
              <h3 className="font-medium">{list.name}</h3>
              <ul className="mt-1 space-y-1">
                {list.tasks.map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 text-sm">
                    <span>
                      {t.name} {t.dueDate && <span className="text-zinc-500">· due {t.dueDate}</span>}
                      {t.assigneeContactId && (
                        <span className="text-zinc-500">
                          {' '}
                          · {name(data.companyContacts.find((c) => c.id === t.assigneeContactId) ?? { firstName: '', lastName: '' })}
                        </span>
                      )}
                    </span>
                    <span className="flex items-center gap-3">
                      <TaskStatusSelect taskId={t.id} status={t.status} name={t.name} action={editing(setTaskStatusAction)} />
                      <ShowOnPortalSwitch kind="task" id={t.id} shared={t.shared} name={t.name} action={editing(setShowOnPortalAction)} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {canEdit && (
          <div className="grid gap-6 md:grid-cols-2">
            <QuickForm action={addTaskListAction} label="New task list" submit="Add task list">
              {hidden}
              <QuickField label="Task list name">
                <input name="name" className={inputClass} />
              </QuickField>
            </QuickForm>
            {data.taskLists.length > 0 && (
              <QuickForm action={addTaskAction} label="New task" submit="Add task">
                {hidden}
                <QuickField label="Task list">
                  <select name="taskListId" className={inputClass}>
                    {data.taskLists.map((l) => (
                      <option key={l.id} value={l.id}>
                        {l.name}
                      </option>
                    ))}
                  </select>
                </QuickField>
                <QuickField label="Task name">
                  <input name="name" className={inputClass} />
                </QuickField>
                <QuickField label="Task due date">
                  <input name="dueDate" type="date" className={inputClass} />
                </QuickField>
                <QuickField label="Assignee">
                  <select name="assigneeContactId" className={inputClass}>
                    <option value="">Nobody at the client</option>
                    {data.companyContacts.map((c) => (
                      <option key={c.id} value={c.id}>
                        {name(c)}
                      </option>
                    ))}
                  </select>
                </QuickField>
                <Checkbox name="shared" label="Show on Portal?" checked={tenant.shareTasksByDefault} />
              </QuickForm>
            )}
          </div>
        )}
      </Card>

      <Card title="Updates, comments and notes">
        <ul className="mb-4 space-y-3" aria-label="Posts">
          {data.posts.map((p) => (
            <li key={p.id} className="rounded-md border border-zinc-200 p-3 text-sm" aria-label={`${p.kind} ${p.title || p.body.slice(0, 40)}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-xs uppercase tracking-wide text-zinc-500">
                  {p.kind} · {p.author}
                </span>
                {p.kind === 'note' ? (
                  <span className="text-xs text-zinc-500">Notes are visible to the project&apos;s portal users</span>
                ) : (
                  <ShowOnPortalSwitch kind={p.kind} id={p.id} shared={p.shared} name={p.title || p.body.slice(0, 40)} action={editing(setShowOnPortalAction)} />
                )}
              </div>
              {p.title && <p className="font-medium">{p.title}</p>}
              <p className="whitespace-pre-wrap text-zinc-700">{p.body}</p>
            </li>
          ))}
        </ul>
        {canEdit && (
          <QuickForm action={addPostAction} label="New post" submit="Post">
            {hidden}
            <div className="grid gap-3 sm:grid-cols-3">
              <QuickField label="Kind">
                <select name="kind" className={inputClass}>
                  <option value="update">Update</option>
                  <option value="comment">Comment</option>
                  <option value="note">Note (visible to the client)</option>
                </select>
              </QuickField>
              <div className="sm:col-span-2">
                <QuickField label="Title">
                  <input name="title" className={inputClass} />
                </QuickField>
              </div>
            </div>
            <QuickField label="Text">
              <textarea name="body" rows={3} className={inputClass} />
            </QuickField>
            <Checkbox name="shared" label="Show on Portal?" checked={tenant.shareByDefault} />
          </QuickForm>
        )}
      </Card>

      <DocumentsCard
        title="Documents"
        documents={data.documents}
        upload={editing(uploadDocumentAction)}
        uploadLabel="Upload document"
        hidden={hidden}
        sharedByDefault={tenant.shareByDefault}
        setShowOnPortal={setShowOnPortalAction}
      />

      <Card title="Calendar">
        <ul className="mb-4 space-y-1 text-sm" aria-label="Calendar">
          {data.calendar.map((c) => (
            <li key={c.id}>
              {c.startsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — {c.title}
            </li>
          ))}
        </ul>
        {canEdit && (
          <QuickForm action={addCalendarItemAction} label="New calendar item" submit="Add to calendar" className="grid gap-3 sm:grid-cols-2 sm:items-end">
            {hidden}
            <QuickField label="Event">
              <input name="title" className={inputClass} />
            </QuickField>
            <QuickField label="Starts (UTC)">
              <input name="startsAt" type="datetime-local" className={inputClass} />
            </QuickField>
          </QuickForm>
        )}
      </Card>
    </div>
  );
}
