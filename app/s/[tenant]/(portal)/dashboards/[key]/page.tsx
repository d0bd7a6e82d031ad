import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/portal/dashboard';
import { requireClient } from '@/lib/auth/client';
import { dashboardAccessOf, isDashboard, mayUseDashboard } from '@/lib/portal/dashboards';

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<{ status?: string; q?: string }> }) {
  const { key } = await params;
  if (!isDashboard(key)) notFound();
  const client = await requireClient();
  if (!mayUseDashboard(key, dashboardAccessOf(client))) notFound();
  const { status, q } = await searchParams;
  return <Dashboard name={key} client={client} status={status} q={typeof q === 'string' ? q : undefined} />;
}
