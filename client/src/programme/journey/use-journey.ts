import type { JourneyResponse } from '@mentoring/shared/journey/api';
import type { JourneyChange } from '@mentoring/shared/journey/settings';
import type { Board } from '@mentoring/shared/schema/board';
import { useCallback, useEffect, useState } from 'react';
import { journeyApi } from './journey-api';
import { useBoardChanges } from './use-board-changes';

export interface JourneyState {
  data: JourneyResponse | null;
  failed: boolean;
  /** Records one of the facilitator's choices; resolves when stored. */
  change(change: JourneyChange): Promise<void>;
}

/**
 * The programme's journey, fetched again whenever a board changes (live, through the boards' own
 * sync) or the list of boards does.
 */
export function useJourney(programmeId: string, token: string, boards: readonly Board[]): JourneyState {
  const [data, setData] = useState<JourneyResponse | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    journeyApi.get(programmeId, token).then(
      (answer) => {
        setData(answer);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [programmeId, token]);

  const boardKey = boards.map((board) => board.id).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new board list means a new journey.
  useEffect(() => load(), [load, boardKey]);
  useBoardChanges(boards, token, load);

  const change = useCallback(
    async (body: JourneyChange) => {
      setData(await journeyApi.change(programmeId, token, body));
    },
    [programmeId, token],
  );
  return { data, failed, change };
}
