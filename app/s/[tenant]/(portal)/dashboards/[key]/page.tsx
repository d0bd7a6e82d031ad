import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/portal/dashboard';
import { requireClient } from '@/lib/auth/client';
import { dashboardAccessOf, isDashboard, mayUseDashboard } from '@/lib/portal/dashboards';

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { key } = await params;
  if (!isDashboard(key)) notFound();
  const client = await requireClient();
  if (!mayUseDashboard(key, dashboardAccessOf(client))) notFound();
  return <Dashboard name={key} client={client} searchParams={await searchParams} />;
}
