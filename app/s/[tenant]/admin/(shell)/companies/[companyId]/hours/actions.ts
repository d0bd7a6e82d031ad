'use server';
import { staffAction } from '@/lib/actions';
import { hourBlockSchema, hoursIdSchema, retainerSchema, timeEntrySchema } from '@/lib/hours/schemas';
import { formatHours } from '@/lib/money';
import { addHourBlock, addRetainer, deleteHourBlock, deleteRetainer, deleteTimeEntry, logTimeEntry } from '@/lib/hours/service';

const edit = 'invoices.edit' as const;

export const addHourBlockAction = staffAction({ schema: hourBlockSchema, permission: edit, audit: 'hours.add_block' }, async (input, w) => {
  await addHourBlock(w, input);
  return { success: `${input.name} added.` };
});

export const deleteHourBlockAction = staffAction({ schema: hoursIdSchema, permission: edit, audit: 'hours.delete_block' }, async ({ id }, w) => {
  const block = await deleteHourBlock(w, id);
  return { success: `${block.name} was deleted.` };
});

export const addRetainerAction = staffAction({ schema: retainerSchema, permission: edit, audit: 'hours.add_retainer' }, async (input, w) => {
  await addRetainer(w, input);
  return { success: `${input.name} added.` };
});

export const deleteRetainerAction = staffAction({ schema: hoursIdSchema, permission: edit, audit: 'hours.delete_retainer' }, async ({ id }, w) => {
  const retainer = await deleteRetainer(w, id);
  return { success: `${retainer.name} was deleted.` };
});

export const logTimeAction = staffAction({ schema: timeEntrySchema, permission: edit, audit: 'hours.log_time' }, async (input, w) => {
  const entry = await logTimeEntry(w, input);
  return { success: `${formatHours(entry.hours)} h logged.` };
});

export const deleteTimeEntryAction = staffAction({ schema: hoursIdSchema, permission: edit, audit: 'hours.delete_time_entry' }, async ({ id }, w) => {
  await deleteTimeEntry(w, id);
  return { success: 'The time entry was deleted.' };
});
