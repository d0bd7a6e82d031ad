import 'server-only';
import { getClient } from '@/lib/auth/client';
import { viewerOf } from '@/lib/portal/access';
import { dashboardAccessOf, mayUseDashboard } from '@/lib/portal/dashboards';

/** The signed-in portal user who may use the knowledge base, for the Help sidebar's reads (null: answer 404). */
export async function helpReader() {
  const client = await getClient();
  if (!client || client.twoFactorPending || !mayUseDashboard('knowledge-base', dashboardAccessOf(client))) return null;
  return { client, viewer: viewerOf(client) };
}

export { privateJson, notFoundJson as notFound } from '@/lib/http/json';
