import type { Metadata } from 'next';
import { Dashboard } from '@/components/portal/dashboard';
import { requireClient } from '@/lib/auth/client';
import { dashboardAccessOf, selectedDashboards } from '@/lib/portal/dashboards';

export const metadata: Metadata = { title: 'Home' };

/** The landing page after sign-in: the first of the user's selected dashboards (a list keeps its paging in the URL). */
export default async function PortalHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const client = await requireClient();
  return <Dashboard name={selectedDashboards(client.contact.dashboards, dashboardAccessOf(client))[0]} client={client} searchParams={await searchParams} />;
}
