import type { ProgrammeDetailsResponse, SessionResponse } from '@mentoring/shared/schema/api';
import { useCallback, useEffect, useState } from 'react';
import { api } from './endpoints';
import { ApiError } from './http';
import { rememberSession, sessionToken } from './sessions';

export type ProgrammeState =
  | { status: 'loading' }
  /** This device holds no session for the programme. */
  | { status: 'no-session' }
  /** The session was refused: expired, revoked, or for another programme. */
  | { status: 'ended' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; token: string; details: ProgrammeDetailsResponse; session: SessionResponse };

/**
 * The programme with its boards and members, and who this device is in it. `reload` fetches again
 * (after creating or renaming a board, for instance) without showing the loading state. With
 * `enabled` false nothing is fetched (the state stays `loading`).
 */
export function useProgramme(
  programmeId: string,
  enabled = true,
): { state: ProgrammeState; reload: () => Promise<void> } {
  const [state, setState] = useState<ProgrammeState>({ status: 'loading' });

  const load = useCallback(async () => {
    const token = sessionToken(programmeId);
    if (!token) {
      setState({ status: 'no-session' });
      return;
    }
    try {
      const [details, session] = await Promise.all([api.programme(programmeId, token), api.session(token)]);
      rememberSession(programmeId, token, details.programme.title, session.role);
      setState({ status: 'ready', token, details, session });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403))
        setState({ status: 'ended' });
      else
        setState({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
        });
    }
  }, [programmeId]);

  useEffect(() => {
    setState({ status: 'loading' });
    if (enabled) void load();
  }, [load, enabled]);

  return { state, reload: load };
}
