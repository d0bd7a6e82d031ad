'use client';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import type { ActionState } from '@/lib/action-state';
import { translateError } from '@/lib/i18n/errors';
import type { DashboardKey } from '@/lib/portal/dashboards';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function SortableRow({ id, label, onRemove, canRemove }: { id: DashboardKey; label: string; onRemove: () => void; canRemove: boolean }) {
  const t = useTranslations('settings');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-3 rounded-md border bg-white px-3 py-2 ${isDragging ? 'z-10 border-brand-600 shadow-lg' : 'border-zinc-200'}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        aria-label={t('moveHandle', { name: label })}
        className="cursor-grab touch-none rounded px-1 text-zinc-400 hover:bg-zinc-100 active:cursor-grabbing"
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <span data-testid="selected-dashboard" className="flex-1 text-sm font-medium">
        {label}
      </span>
      {canRemove && (
        <button type="button" onClick={onRemove} aria-label={t('remove', { name: label })} className="rounded px-2 text-sm text-zinc-500 hover:bg-zinc-100">
          ✕
        </button>
      )}
    </li>
  );
}

/**
 * Selected Dashboards: reorder by drag and drop or keyboard (focus a handle, Space, arrows, Space),
 * add and remove; every change is saved at once.
 */
export function DashboardsEditor({ initial, choices, action }: { initial: DashboardKey[]; choices: readonly DashboardKey[]; action: Action }) {
  const t = useTranslations();
  const locale = useLocale();
  const [selected, setSelected] = useState(initial);
  const [state, save] = useActionState(action, {});
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const label = (key: DashboardKey) => t(`dashboards.${key}`);

  function update(next: DashboardKey[]) {
    setSelected(next);
    const data = new FormData();
    data.set('dashboards', next.join(','));
    startTransition(() => save(data));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    update(arrayMove(selected, selected.indexOf(active.id as DashboardKey), selected.indexOf(over.id as DashboardKey)));
  }

  const available = choices.filter((key) => !selected.includes(key));
  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-600">{t('settings.dashboardsHelp')}</p>
      <div aria-live="polite">
        {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
        {state.success && <Alert tone="success">{state.success}</Alert>}
      </div>
      <section className="space-y-2">
        <h2 className="font-semibold" id="selected-dashboards">
          {t('settings.selectedDashboards')}
        </h2>
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={selected} strategy={verticalListSortingStrategy}>
            <ol aria-labelledby="selected-dashboards" className="space-y-2">
              {selected.map((key) => (
                <SortableRow key={key} id={key} label={label(key)} canRemove={selected.length > 1} onRemove={() => update(selected.filter((k) => k !== key))} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">{t('settings.availableDashboards')}</h2>
        {available.length === 0 ? (
          <p className="text-sm text-zinc-500">{t('settings.allSelected')}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {available.map((key) => (
              <li key={key}>
                <button type="button" onClick={() => update([...selected, key])} className="rounded-md border border-dashed border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-50">
                  {t('settings.add', { name: label(key) })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
