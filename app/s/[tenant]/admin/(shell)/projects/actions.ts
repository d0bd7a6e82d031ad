'use server';
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
  projectShowOnPortalSchema,
  removeMemberSchema,
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

const edit = 'projects.edit' as const;

export const createProjectAction = staffAction({ schema: projectSchema, permission: edit, audit: 'project.create' }, async (data, w) => {
  const project = await createProject(w, data);
  return { redirectTo: `/admin/projects/${project.id}` };
});

export const updateProjectAction = staffAction({ schema: editProjectSchema, permission: edit, audit: 'project.update' }, async ({ projectId, ...data }, w) => {
  await updateProject(w, projectId, data);
  return { success: 'Project saved.' };
});

const outcomeText = {
  notified: 'was e-mailed',
  invited: 'was invited to the portal',
  none: 'was added (no e-mail: the portal is not activated)',
  no_access: 'was added without portal access (giving it needs the edit portal user settings permission)',
} as const;

export const addMembersAction = staffAction({ schema: membersSchema, permission: edit, audit: 'project.add_member' }, async ({ projectId, contactIds }, w) => {
  const outcomes = await addProjectMembers(w, projectId, contactIds);
  return { success: outcomes.map((o) => `${o.email} ${outcomeText[o.outcome]}.`).join(' ') };
});

export const removeMemberAction = staffAction({ schema: removeMemberSchema, permission: edit, audit: 'project.remove_member' }, async ({ projectId, contactId }, w) => {
  await removeProjectMember(w, projectId, contactId);
  return { success: 'Member removed.' };
});

export const addMilestoneAction = staffAction({ schema: milestoneSchema, permission: edit, audit: 'milestone.create' }, async ({ projectId, ...data }, w) => {
  await addMilestone(w, projectId, data);
  return { success: 'Milestone added.' };
});

export const addTaskListAction = staffAction({ schema: taskListSchema, permission: edit, audit: 'task_list.create' }, async ({ projectId, name }, w) => {
  await addTaskList(w, projectId, name);
  return { success: 'Task list added.' };
});

export const addTaskAction = staffAction({ schema: taskSchema, permission: edit, audit: 'task.create' }, async ({ projectId, ...data }, w) => {
  await addTask(w, projectId, data);
  return { success: 'Task added.' };
});

export const setTaskStatusAction = staffAction({ schema: taskStatusSchema, permission: edit, audit: 'task.status' }, async ({ taskId, status }, w) => {
  await setTaskStatus(w, taskId, status);
});

export const addPostAction = staffAction({ schema: postSchema, permission: edit, audit: 'project.add_post' }, async ({ projectId, ...data }, w) => {
  await addPost(w, projectId, data);
  return { success: `${data.kind[0].toUpperCase()}${data.kind.slice(1)} added.` };
});

export const addCalendarItemAction = staffAction({ schema: calendarItemSchema, permission: edit, audit: 'calendar_item.create' }, async ({ projectId, ...data }, w) => {
  await addCalendarItem(w, projectId, data);
  return { success: 'Calendar item added.' };
});

const documentSchema = z.object({ projectId: z.uuid(), shared: checkbox, file: z.instanceof(File, { message: 'Choose a file to upload.' }) });

export const uploadDocumentAction = staffAction({ schema: documentSchema, permission: edit, audit: 'document.upload' }, async ({ projectId, shared, file }, w) => {
  await uploadProjectDocument(w, projectId, file, shared);
  return { success: 'Document uploaded.' };
});

export const setShowOnPortalAction = staffAction({ schema: projectShowOnPortalSchema, permission: edit, audit: 'sharing.show_on_portal' }, async ({ kind, id, shared }, w) => {
  await setShowOnPortal(w, kind, id, shared);
});
