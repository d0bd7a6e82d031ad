'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { staffAction } from '@/lib/actions';
import { checkbox } from '@/lib/forms';
import {
  calendarItemSchema,
  editProjectSchema,
  membersSchema,
  milestoneSchema,
  postSchema,
  projectSchema,
  removeMemberSchema,
  showOnPortalSchema,
  taskListSchema,
  taskSchema,
  taskStatusSchema,
} from '@/lib/projects/schemas';
import {
  addCalendarItem,
  addMilestone,
  addPost,
  addProjectMembers,
  addTask,
  addTaskList,
  createProject,
  removeProjectMember,
  setShowOnPortal,
  setTaskStatus,
  updateProject,
  uploadProjectDocument,
} from '@/lib/projects/service';

export const createProjectAction = staffAction(projectSchema, async (data, ctx) => {
  const project = await createProject(ctx, data);
  redirect(`/admin/projects/${project.id}`);
});

export const updateProjectAction = staffAction(editProjectSchema, async ({ projectId, ...data }, ctx) => {
  await updateProject(ctx, projectId, data);
  return { success: 'Project saved.' };
});

const outcomeText = { notified: 'was e-mailed', invited: 'was invited to the portal', none: 'was added (no e-mail: the portal is not activated)' } as const;

export const addMembersAction = staffAction(membersSchema, async ({ projectId, contactIds }, ctx) => {
  const outcomes = await addProjectMembers(ctx, projectId, contactIds);
  if (!outcomes.length) return { success: 'Those people are already members.' };
  return { success: outcomes.map((o) => `${o.email} ${outcomeText[o.outcome]}.`).join(' ') };
});

export const removeMemberAction = staffAction(removeMemberSchema, async ({ projectId, contactId }, ctx) => {
  await removeProjectMember(ctx, projectId, contactId);
  return { success: 'Member removed.' };
});

export const addMilestoneAction = staffAction(milestoneSchema, async ({ projectId, ...data }, ctx) => {
  await addMilestone(ctx, projectId, data);
  return { success: 'Milestone added.' };
});

export const addTaskListAction = staffAction(taskListSchema, async ({ projectId, name }, ctx) => {
  await addTaskList(ctx, projectId, name);
  return { success: 'Task list added.' };
});

export const addTaskAction = staffAction(taskSchema, async ({ projectId, ...data }, ctx) => {
  await addTask(ctx, projectId, data);
  return { success: 'Task added.' };
});

export const setTaskStatusAction = staffAction(taskStatusSchema, async ({ taskId, status }, ctx) => {
  await setTaskStatus(ctx, taskId, status);
});

export const addPostAction = staffAction(postSchema, async ({ projectId, ...data }, ctx) => {
  await addPost(ctx, projectId, data);
  return { success: `${data.kind[0].toUpperCase()}${data.kind.slice(1)} added.` };
});

export const addCalendarItemAction = staffAction(calendarItemSchema, async ({ projectId, ...data }, ctx) => {
  await addCalendarItem(ctx, projectId, data);
  return { success: 'Calendar item added.' };
});

const documentSchema = z.object({ projectId: z.uuid(), shared: checkbox, file: z.instanceof(File, { message: 'Choose a file to upload.' }) });

export const uploadDocumentAction = staffAction(documentSchema, async ({ projectId, shared, file }, ctx) => {
  await uploadProjectDocument(ctx, projectId, file, shared);
  return { success: 'Document uploaded.' };
});

export const setShowOnPortalAction = staffAction(showOnPortalSchema, async ({ kind, id, shared }, ctx) => {
  await setShowOnPortal(ctx, kind, id, shared);
});
