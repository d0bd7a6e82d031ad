'use server';
import { staffAction } from '@/lib/actions';
import { requestMeta } from '@/lib/auth/request-meta';
import {
  createDocumentationRecord,
  deleteDocumentationRecord,
  revealDocumentationSecret,
  setDocumentationShared,
  updateDocumentationRecord,
} from '@/lib/documentation/admin';
import { KIND_SINGULAR, documentationRecordSchema, recordIdSchema, showOnPortalSchema } from '@/lib/documentation/schemas';

const edit = 'documentation.edit' as const;

export const createDocumentationAction = staffAction({ schema: documentationRecordSchema, permission: edit, audit: 'documentation.create' }, async (input, w) => {
  await createDocumentationRecord(w, input);
  return { success: `${input.name} added.` };
});

export const updateDocumentationAction = staffAction({ schema: documentationRecordSchema, permission: edit, audit: 'documentation.update' }, async (input, w) => {
  await updateDocumentationRecord(w, input);
  return { success: `${input.name} saved.` };
});

export const deleteDocumentationAction = staffAction({ schema: recordIdSchema, permission: edit, audit: 'documentation.delete' }, async ({ recordId }, w) => {
  const record = await deleteDocumentationRecord(w, recordId);
  return { success: `The ${KIND_SINGULAR[record.kind]} ${record.name} was deleted.` };
});

export const setDocumentationSharedAction = staffAction({ schema: showOnPortalSchema, permission: edit, audit: 'documentation.set_show_on_portal' }, async ({ id, shared }, w) => {
  await setDocumentationShared(w, id, shared);
});

/** Reveal: a POST answering with the secret once; no refresh, so no page (and no RSC payload) ever carries it. */
export const revealDocumentationAction = staffAction(
  { schema: recordIdSchema, permission: 'documentation.reveal', audit: 'documentation.reveal', refresh: false },
  async ({ recordId }, w) => ({ success: 'Revealed.', secret: await revealDocumentationSecret(w, recordId, (await requestMeta()).ip) }),
);
