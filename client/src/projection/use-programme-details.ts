import type { ProgrammeDetailsResponse } from '@mentoring/shared/schema/api';
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { reconnectDelay } from '../sync/backoff';

/**
 * The programme's details for the room screen, fetched again once when a board is wanted that it
 * does not know yet, and retried with backoff while the server cannot be reached.
 */
export function useProgrammeDetails(
  programmeId: string,
  token: string,
  wanted: string | null,
): ProgrammeDetailsResponse | null {
  const [details, setDetails] = useState<ProgrammeDetailsResponse | null>(null);
  const unknown = wanted !== null && details !== null && !details.boards.some((board) => board.id === wanted);
  const reason = unknown ? wanted : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reason` is a trigger: a newly wanted board the last answer did not list.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) => {
      api.programme(programmeId, token).then(
        (loaded) => live && setDetails(loaded),
        () => {
          if (live) timer = setTimeout(() => load(attempt + 1), reconnectDelay(attempt, Math.random()));
        },
      );
    };
    load(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [programmeId, token, reason]);
  return details;
}
