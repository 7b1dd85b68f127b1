import { type JourneyResponse, JourneyResponseSchema } from '@mentoring/shared/journey/api';
import { JOURNEY_ROOT, JOURNEY_SUMMARY_KEY, type JourneyChange } from '@mentoring/shared/journey/settings';
import type { Board } from '@mentoring/shared/schema/board';
import { useCallback, useEffect, useRef, useState } from 'react';
import { journeyApi } from './journey-api';
import { useJourneyDoc } from './use-journey-doc';

export interface JourneyState {
  data: JourneyResponse | null;
  failed: boolean;
  /** Records one of the facilitator's choices; resolves when stored. */
  change(change: JourneyChange): Promise<void>;
}

/**
 * The programme's journey: fetched once, then kept live by the summary the server pushes into the
 * programme's journey document whenever a board, a choice or an approval changes (on any node).
 * `onUnknownBoard` is called when the journey links a board the page's list lacks (one the server
 * made, such as the monitoring board of a new approval), so the page fetches its list again.
 */
export function useJourney(
  programmeId: string,
  token: string,
  boards: readonly Board[],
  onUnknownBoard?: () => void,
): JourneyState {
  const [data, setData] = useState<JourneyResponse | null>(null);
  const [failed, setFailed] = useState(false);
  // When the summary shown was computed ('' for the fetched one): an older push never replaces it.
  const pushedAt = useRef('');

  useEffect(() => {
    let live = true;
    journeyApi.get(programmeId, token).then(
      (answer) => {
        // A pushed summary that arrived first is as new or newer.
        if (!live) return;
        setData((current) => current ?? answer);
        setFailed(false);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [programmeId, token]);

  useJourneyDoc(programmeId, token, (doc) => {
    const value = doc.getMap(JOURNEY_ROOT).get(JOURNEY_SUMMARY_KEY);
    const parsed = JourneyResponseSchema.safeParse(value);
    const at = (value as { computedAt?: unknown } | undefined)?.computedAt;
    if (!parsed.success || typeof at !== 'string') return;
    if (at < pushedAt.current) return;
    pushedAt.current = at;
    setData(parsed.data);
    setFailed(false);
  });

  const known = useRef(boards);
  known.current = boards;
  const unknown = useRef(onUnknownBoard);
  unknown.current = onUnknownBoard;
  useEffect(() => {
    const linked = data?.journey.steps.flatMap((step) => step.boards) ?? [];
    if (linked.some((link) => !known.current.some((board) => board.id === link.id))) unknown.current?.();
  }, [data]);

  const change = useCallback(
    async (body: JourneyChange) => {
      setData(await journeyApi.change(programmeId, token, body));
    },
    [programmeId, token],
  );
  return { data, failed, change };
}
