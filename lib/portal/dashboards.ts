import { z } from 'zod';

export const DASHBOARDS = ['overview', 'tickets', 'projects', 'invoices', 'knowledge-base'] as const;
export type DashboardKey = (typeof DASHBOARDS)[number];

export const isDashboard = (value: string): value is DashboardKey => (DASHBOARDS as readonly string[]).includes(value);

/** The contact's dashboards, unknown or repeated keys dropped; never empty. */
export function selectedDashboards(saved: readonly string[]): DashboardKey[] {
  const keys = [...new Set(saved.filter(isDashboard))];
  return keys.length ? keys : ['overview'];
}

export const dashboardsSchema = z.object({
  dashboards: z
    .string()
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(
      z
        .array(z.enum(DASHBOARDS))
        .min(1, 'Keep at least one dashboard.')
        .refine((keys) => new Set(keys).size === keys.length, 'Each dashboard can be selected once.'),
    ),
});
