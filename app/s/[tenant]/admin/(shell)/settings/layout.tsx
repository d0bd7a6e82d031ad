import type { ReactNode } from 'react';
import { SettingsNav } from './settings-nav';

export default function OrganizationSettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-500">Organization Settings</p>
      <SettingsNav />
      {children}
    </div>
  );
}
