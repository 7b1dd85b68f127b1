import type { PresenceEntry } from '@mentoring/shared/protocol/session-events';
import { useWorkshopConnection } from './use-workshop-session';

/**
 * The programme's live roster (null until the first answer, without a token, or when the channel
 * is unavailable), for pages that need nothing else of the workshop session.
 */
export function useSessionPresence(token: string | null, boardId: string | null): PresenceEntry[] | null {
  return useWorkshopConnection(token, boardId).snapshot.roster;
}
