import { redirect } from 'next/navigation';

export default function OrganizationSettings() {
  redirect('/admin/settings/client-portal');
}
