import type { Metadata } from 'next';
import { UAParser } from 'ua-parser-js';
import { EndStaffSessionButton } from '@/components/staff/end-staff-session-button';
import { Card } from '@/components/ui/card';
import { requireStaff } from '@/lib/auth/staff';
import { permissionSummary } from '@/lib/staff/labels';
import { listOwnStaffSessions } from '@/lib/staff/queries';
import { endStaffSessionAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

function browserOf(userAgent: string | null) {
  const { browser, os } = UAParser(userAgent ?? '');
  return [browser.name, browser.major, os.name && `(${os.name})`].filter(Boolean).join(' ') || 'Unknown browser';
}

const when = (date: Date) => (
  <time dateTime={date.toISOString()}>{date.toISOString().replace('T', ' ').slice(0, 16)} UTC</time>
);

export default async function AccountPage() {
  const { tenant, user, sessionToken } = await requireStaff();
  const sessions = await listOwnStaffSessions({ tenantId: tenant.id, userId: user.id, sessionToken });
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <Card title="You">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-zinc-500">Name</dt>
          <dd>{user.name || '—'}</dd>
          <dt className="text-zinc-500">E-mail</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-zinc-500">You may</dt>
          <dd>{permissionSummary(user.permissions)}</dd>
        </dl>
      </Card>
      <Card title="Sessions">
        <p className="mb-3 text-sm text-zinc-600">Where you are signed in to the staff section. End a session you do not recognise or no longer use.</p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label="Your sessions">
            <thead className="text-zinc-600">
              <tr>
                <th scope="col" className="py-2 pr-3">Browser</th>
                <th scope="col" className="hidden py-2 pr-3 sm:table-cell">Started</th>
                <th scope="col" className="py-2 pr-3">Last active</th>
                <th scope="col" className="py-2">
                  <span className="sr-only">End session</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.idHash} className="border-t border-zinc-100">
                  <td className="py-2 pr-3">{browserOf(s.userAgent)}</td>
                  <td className="hidden py-2 pr-3 sm:table-cell">{when(s.createdAt)}</td>
                  <td className="py-2 pr-3">{when(s.lastSeenAt)}</td>
                  <td className="py-2 text-right">
                    {s.current ? (
                      <span className="whitespace-nowrap rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">This session</span>
                    ) : (
                      <EndStaffSessionButton action={endStaffSessionAction} session={s.idHash} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
