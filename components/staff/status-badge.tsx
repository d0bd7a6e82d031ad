import { STAFF_STATUS_LABELS, type StaffStatus } from '@/lib/staff/labels';

const statusStyle: Record<StaffStatus, string> = {
  active: 'bg-green-100 text-green-800',
  invited: 'bg-amber-100 text-amber-800',
  deactivated: 'bg-zinc-100 text-zinc-600',
};

export function StaffStatusBadge({ status }: { status: StaffStatus }) {
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${statusStyle[status]}`}>{STAFF_STATUS_LABELS[status]}</span>;
}
