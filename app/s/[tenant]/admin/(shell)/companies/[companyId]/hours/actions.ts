'use server';
import { staffAction } from '@/lib/actions';
import { editHourBlockSchema, editRetainerSchema, editTimeEntrySchema, hourBlockSchema, hoursIdSchema, retainerSchema, timeEntrySchema } from '@/lib/hours/schemas';
import { formatHours } from '@/lib/money';
import { addHourBlock, addRetainer, deleteHourBlock, deleteRetainer, deleteTimeEntry, logTimeEntry, updateHourBlock, updateRetainer, updateTimeEntry } from '@/lib/hours/service';

const edit = 'invoices.edit' as const;

export const addHourBlockAction = staffAction({ schema: hourBlockSchema, permission: edit, audit: 'hours.add_block' }, async (input, w) => {
  await addHourBlock(w, input);
  return { success: `${input.name} added.` };
});

export const editHourBlockAction = staffAction({ schema: editHourBlockSchema, permission: edit, audit: 'hours.edit_block' }, async (input, w) => {
  const block = await updateHourBlock(w, input);
  return { success: `${block.name} saved.` };
});

export const deleteHourBlockAction = staffAction({ schema: hoursIdSchema, permission: edit, audit: 'hours.delete_block' }, async ({ id }, w) => {
  const block = await deleteHourBlock(w, id);
  return { success: `${block.name} was deleted.` };
});

export const addRetainerAction = staffAction({ schema: retainerSchema, permission: edit, audit: 'hours.add_retainer' }, async (input, w) => {
  await addRetainer(w, input);
  return { success: `${input.name} added.` };
});

export const editRetainerAction = staffAction({ schema: editRetainerSchema, permission: edit, audit: 'hours.edit_retainer' }, async (input, w) => {
  const retainer = await updateRetainer(w, input);
  return { success: `${retainer.name} saved.` };
});

export const deleteRetainerAction = staffAction({ schema: hoursIdSchema, permission: edit, audit: 'hours.delete_retainer' }, async ({ id }, w) => {
  const retainer = await deleteRetainer(w, id);
  return { success: `${retainer.name} was deleted.` };
});

export const logTimeAction = staffAction({ schema: timeEntrySchema, permission: edit, audit: 'hours.log_time' }, async (input, w) => {
  const entry = await logTimeEntry(w, input);
  return { success: `${formatHours(entry.hours)} h logged.` };
});

export const editTimeEntryAction = staffAction({ schema: editTimeEntrySchema, permission: edit, audit: 'hours.edit_time_entry' }, async (input, w) => {
  const entry = await updateTimeEntry(w, input);
  return { success: `The entry of ${entry.workedOn} was saved.` };
});

export const deleteTimeEntryAction = staffAction({ schema: hoursIdSchema, permission: edit, audit: 'hours.delete_time_entry' }, async ({ id }, w) => {
  await deleteTimeEntry(w, id);
  return { success: 'The time entry was deleted.' };
});
