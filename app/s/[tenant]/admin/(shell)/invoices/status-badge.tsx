import { STATUS_LABELS, type DisplayStatus } from '@/lib/invoices/status';

const styles: Record<DisplayStatus, string> = {
  draft: 'bg-zinc-100 text-zinc-700',
  sent: 'bg-blue-100 text-blue-800',
  overdue: 'bg-red-100 text-red-800',
  paid: 'bg-green-100 text-green-800',
  void: 'bg-zinc-200 text-zinc-600 line-through',
};

export function StatusBadge({ status }: { status: DisplayStatus }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{STATUS_LABELS[status]}</span>;
}
