'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { clientAction } from '@/lib/actions';
import { addClosure, removeClosure, removeOffHoursSchedule, saveOffHoursSchedule } from '@/lib/portal-admin/off-hours';
import { closureSchema, offHoursScheduleSchema, removeClosureSchema } from '@/lib/portal-admin/off-hours-schemas';

const permission = 'portal_admin.off_hours' as const;
const said = async (key: 'saved' | 'removed' | 'closureAdded' | 'closureRemoved') => ({ success: (await getTranslations('portalAdmin.offHours'))(key) });

export const saveOffHoursAction = clientAction({ schema: offHoursScheduleSchema, permission, audit: 'portal_admin.save_off_hours' }, async (input, w) => {
  await saveOffHoursSchedule(w, input);
  return said('saved');
});

export const removeOffHoursAction = clientAction({ schema: z.object({}), permission, audit: 'portal_admin.remove_off_hours' }, async (_input, w) => {
  await removeOffHoursSchedule(w);
  return said('removed');
});

export const addClosureAction = clientAction({ schema: closureSchema, permission, audit: 'portal_admin.add_closure' }, async (input, w) => {
  await addClosure(w, input);
  return said('closureAdded');
});

export const removeClosureAction = clientAction({ schema: removeClosureSchema, permission, audit: 'portal_admin.remove_closure' }, async ({ closureId }, w) => {
  await removeClosure(w, closureId);
  return said('closureRemoved');
});
