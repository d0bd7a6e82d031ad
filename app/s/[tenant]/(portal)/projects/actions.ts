'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { clientAction } from '@/lib/actions';
import { text } from '@/lib/forms';
import { addProjectIssue, addProjectNote, emailProjectTeam } from '@/lib/projects/portal';

const noteSchema = z.object({ projectId: z.uuid(), body: text({ multiline: true }).min(1, 'Write the note first.').max(20000) });
const issueSchema = z.object({ projectId: z.uuid(), title: text().min(1, 'Enter a title.').max(200), description: text({ multiline: true }).max(20000).default('') });
const messageSchema = z.object({ projectId: z.uuid(), message: text({ multiline: true }).min(1, 'Write a message first.').max(20000) });

const permission = 'projects.work' as const;

export const addProjectNoteAction = clientAction({ schema: noteSchema, permission, audit: 'project.add_note' }, async ({ projectId, body }, w) => {
  await addProjectNote(w, projectId, body);
  return { success: (await getTranslations('projects'))('noteAdded') };
});

export const addIssueAction = clientAction({ schema: issueSchema, permission, audit: 'project.add_issue' }, async ({ projectId, ...input }, w) => {
  const ticket = await addProjectIssue(w, projectId, input);
  return { success: (await getTranslations('projects'))('issueAdded', { number: ticket.number }) };
});

export const emailTeamAction = clientAction({ schema: messageSchema, permission, audit: 'project.email_team' }, async ({ projectId, message }, w) => {
  const count = await emailProjectTeam(w, projectId, message);
  return { success: (await getTranslations('projects'))('emailSent', { count }) };
});
