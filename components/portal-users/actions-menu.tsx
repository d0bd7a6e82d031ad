'use client';
import * as Menu from '@radix-ui/react-dropdown-menu';
import type { PortalUserLabels } from './labels';

/** Portal Access's Actions menu (Radix); loaded by the list on first use, open. */
export default function PortalUsersActionsMenu({ className, labels, selected, onAdd, onDelete }: { className: string; labels: PortalUserLabels; selected: number; onAdd: () => void; onDelete?: () => void }) {
  return (
    <Menu.Root defaultOpen>
      <Menu.Trigger className={className}>
        {labels.actions} <span aria-hidden>▾</span>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} className="z-30 min-w-52 rounded-md border border-zinc-200 bg-white p-1 shadow-lg">
          <Menu.Item onSelect={onAdd} className="cursor-pointer rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-brand-50">
            {labels.add}
          </Menu.Item>
          {onDelete && (
            <Menu.Item
              disabled={selected === 0}
              onSelect={onDelete}
              className="cursor-pointer rounded px-3 py-2 text-sm text-red-700 outline-none data-[disabled]:cursor-not-allowed data-[disabled]:text-zinc-400 data-[highlighted]:bg-red-50"
            >
              {labels.delete}
              {selected > 0 ? ` (${selected})` : ''}
            </Menu.Item>
          )}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
