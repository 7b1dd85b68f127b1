import type { VersionMeta } from '@mentoring/shared/schema/version';
import { useCallback, useEffect, useState } from 'react';
import { type BoardRef, versionsApi } from './versions-api';

export type VersionsState =
  | { status: 'loading' }
  | { status: 'ready'; versions: VersionMeta[] }
  | { status: 'error'; error: unknown };

/** A board's versions, newest first, and a way to fetch them again after a change. */
export function useVersions(ref: BoardRef): { state: VersionsState; reload: () => Promise<void> } {
  const { programmeId, boardId, token } = ref;
  const [state, setState] = useState<VersionsState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const versions = await versionsApi.list({ programmeId, boardId, token });
      setState({ status: 'ready', versions: sortNewestFirst(versions) });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }, [programmeId, boardId, token]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}

/** Newest first by creation time (ISO strings compare in time order). */
export function sortNewestFirst(versions: readonly VersionMeta[]): VersionMeta[] {
  return [...versions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
