import type { Owner } from '@mentoring/shared/doc/fields';
import type { ItemValues, RecordSpec } from '@mentoring/shared/doc/layout';
import type { ListHandle } from '@mentoring/shared/doc/list';
import { useMemo, useState } from 'react';
import { useScope } from './board-scope';
import { firstFieldOf, focusWhenRendered, keepFocus } from './focus';
import { stepIndex } from './item-keys';

/** The last item this member deleted, for the undo notice. */
export interface DeletedNotice {
  readonly id: string;
  readonly label: string;
}

/** Add, move, delete and restore for one list, recording this member as proposer and deleter. */
export interface ListActions<S extends RecordSpec> {
  /** Inserts at `index` (default: the end), focuses the new item's first field, returns its id. */
  add(index?: number, values?: ItemValues<S>): string | null;
  /** One step up (-1) or down (+1); focus stays where it was. */
  step(id: string, delta: -1 | 1, label: string): void;
  /** To a display position (drag and drop). */
  moveTo(id: string, index: number, label: string): void;
  remove(id: string, label: string): void;
  restore(id: string, label: string): void;
}

/**
 * The actions of a list and the notice of the last delete. Every change is announced to screen
 * readers; nothing is written on a read-only board.
 */
export function useListActions<S extends RecordSpec, T>(
  owner: Owner | undefined,
  handle: ListHandle<S, T>,
  itemLabel: (position: number) => string,
): { actions: ListActions<S>; notice: DeletedNotice | null; dismiss: () => void } {
  const { me, readOnly, announce, t } = useScope();
  const [notice, setNotice] = useState<DeletedNotice | null>(null);
  const actions = useMemo<ListActions<S>>(() => {
    const writable = (): Owner | null => (readOnly || !owner ? null : owner);
    const moveTo = (id: string, index: number, label: string) => {
      const target = writable();
      if (!target) return;
      const restoreFocus = keepFocus();
      if (!handle.move(target, id, index)) return;
      restoreFocus();
      const count = handle.ids(target).length;
      announce(t('common.moved', { item: label, position: index + 1, count }));
    };
    return {
      add(index, values) {
        const target = writable();
        if (!target) return null;
        const id = handle.insert(target, { by: me, index, values });
        const position = handle.ids(target).indexOf(id) + 1;
        announce(t('common.added', { item: itemLabel(position) }));
        focusWhenRendered(() => firstFieldOf(id));
        return id;
      },
      step(id, delta, label) {
        const target = writable();
        if (!target) return;
        const index = stepIndex(handle.ids(target), id, delta);
        if (index !== null) moveTo(id, index, label);
      },
      moveTo,
      remove(id, label) {
        const target = writable();
        if (!target || !handle.remove(target, id, me)) return;
        setNotice({ id, label });
        focusWhenRendered(() => document.querySelector<HTMLElement>(`[data-undo-for="${CSS.escape(id)}"]`));
      },
      restore(id, label) {
        const target = writable();
        if (!target || !handle.restore(target, id)) return;
        setNotice((current) => (current?.id === id ? null : current));
        announce(t('common.restored', { item: label }));
        focusWhenRendered(() => firstFieldOf(id));
      },
    };
  }, [owner, handle, me, readOnly, announce, t, itemLabel]);
  return { actions, notice, dismiss: () => setNotice(null) };
}
