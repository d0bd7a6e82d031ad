import type { Metadata } from 'next';
import { Dashboard } from '@/components/portal/dashboard';
import { requireClient } from '@/lib/auth/client';
import { dashboardAccessOf, selectedDashboards } from '@/lib/portal/dashboards';

export const metadata: Metadata = { title: 'Home' };

/** The landing page after sign-in: the first of the user's selected dashboards. */
export default async function PortalHome() {
  const client = await requireClient();
  return <Dashboard name={selectedDashboards(client.contact.dashboards, dashboardAccessOf(client))[0]} client={client} />;
}
