import { z } from 'zod';
import { text } from '@/lib/forms';

export const DASHBOARDS = ['overview', 'tickets', 'projects', 'invoices', 'knowledge-base', 'documentation'] as const;
export type DashboardKey = (typeof DASHBOARDS)[number];

export const DASHBOARD_NOT_AVAILABLE = 'This dashboard is not available to you.';

export const isDashboard = (value: string): value is DashboardKey => (DASHBOARDS as readonly string[]).includes(value);

/** What a dashboard needs (SPEC section 3): invoices and documentation a level that may view them, articles the company's knowledge base too. */
export type DashboardAccess = { permissions: readonly string[]; knowledgeBaseEnabled: boolean };

export function mayUseDashboard(key: DashboardKey, access: DashboardAccess) {
  const has = (p: string) => access.permissions.includes(p);
  if (key === 'tickets') return has('tickets.own') || has('tickets.company');
  if (key === 'projects') return has('projects.member') || has('projects.company');
  if (key === 'invoices') return access.permissions.includes('invoices.view');
  if (key === 'knowledge-base') return access.permissions.includes('knowledge_base.view') && access.knowledgeBaseEnabled;
  if (key === 'documentation') return has('documentation.view');
  return true;
}

export function dashboardAccessOf(client: {
  securityLevel: { permissions: readonly string[] } | null;
  company: { knowledgeBaseEnabled: boolean };
}): DashboardAccess {
  return { permissions: client.securityLevel?.permissions ?? [], knowledgeBaseEnabled: client.company.knowledgeBaseEnabled };
}

/** The dashboards this portal user may add. */
export const availableDashboards = (access: DashboardAccess) => DASHBOARDS.filter((key) => mayUseDashboard(key, access));

/** The contact's dashboards, unknown, repeated and no longer permitted keys dropped; never empty. */
export function selectedDashboards(saved: readonly string[], access: DashboardAccess): DashboardKey[] {
  const keys = [...new Set(saved.filter(isDashboard))].filter((key) => mayUseDashboard(key, access));
  return keys.length ? keys : ['overview'];
}

export const dashboardsSchema = z.object({
  dashboards: text()
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(
      z
        .array(z.enum(DASHBOARDS))
        .min(1, 'Keep at least one dashboard.')
        .refine((keys) => new Set(keys).size === keys.length, 'Each dashboard can be selected once.'),
    ),
});
