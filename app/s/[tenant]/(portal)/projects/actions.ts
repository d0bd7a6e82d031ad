'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { clientAction } from '@/lib/actions';
import { addProjectIssue, addProjectNote, emailProjectTeam } from '@/lib/sharing/client-service';

const noteSchema = z.object({ projectId: z.uuid(), body: z.string().trim().min(1, 'Write the note first.').max(20000) });
const issueSchema = z.object({ projectId: z.uuid(), title: z.string().trim().min(1, 'Enter a title.').max(200), description: z.string().trim().max(20000).default('') });
const messageSchema = z.object({ projectId: z.uuid(), message: z.string().trim().min(1, 'Write a message first.').max(20000) });

export const addProjectNoteAction = clientAction(noteSchema, async ({ projectId, body }, ctx) => {
  await addProjectNote(ctx, projectId, body);
  return { success: (await getTranslations('projects'))('noteAdded') };
});

export const addIssueAction = clientAction(issueSchema, async ({ projectId, ...input }, ctx) => {
  const ticket = await addProjectIssue(ctx, projectId, input);
  return { success: (await getTranslations('projects'))('issueAdded', { number: ticket.number }) };
});

export const emailTeamAction = clientAction(messageSchema, async ({ projectId, message }, ctx) => {
  const count = await emailProjectTeam(ctx, projectId, message);
  return { success: (await getTranslations('projects'))('emailSent', { count }) };
});
