import { redirect } from 'next/navigation';
import { getClient } from '@/lib/auth/client';

export default async function TenantRoot() {
  redirect((await getClient()) ? '/home' : '/sign-in');
}
