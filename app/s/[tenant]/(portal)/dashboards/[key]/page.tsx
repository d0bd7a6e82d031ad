import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/portal/dashboard';
import { requireClient } from '@/lib/auth/client';
import { isDashboard } from '@/lib/portal/dashboards';

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<{ status?: string }> }) {
  const { key } = await params;
  if (!isDashboard(key)) notFound();
  return <Dashboard name={key} client={await requireClient()} status={(await searchParams).status} />;
}
