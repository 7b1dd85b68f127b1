import type { Role } from '@mentoring/shared/schema/roles';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/http';

/** Where a link or code stands before the join form: still being checked, dead, or what it opens. */
export type JoinCheck =
  | { state: 'checking' }
  | { state: 'dead' }
  | { state: 'failed'; error: unknown }
  | { state: 'ok'; programmeTitle: string; role: Role };

/**
 * Asks the server whether `key` (an invite token or a join code) can still join, so that a revoked,
 * expired or unknown one is told before anyone types their name. Re-checks when the key changes.
 */
export function useJoinCheck(
  key: string | null,
  check: (key: string) => Promise<{ programmeTitle: string; role: Role }>,
): [JoinCheck, (next: JoinCheck) => void] {
  const [result, setResult] = useState<JoinCheck>({ state: 'checking' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `check` is a fresh arrow on each render; the key decides.
  useEffect(() => {
    if (!key) return;
    let live = true;
    setResult({ state: 'checking' });
    check(key).then(
      (found) => live && setResult({ state: 'ok', ...found }),
      (error: unknown) => {
        if (!live) return;
        const dead = error instanceof ApiError && [400, 401, 403, 404, 410].includes(error.status);
        setResult(dead ? { state: 'dead' } : { state: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return [result, setResult];
}
