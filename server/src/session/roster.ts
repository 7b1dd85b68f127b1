import type { PresenceEntry } from '@mentoring/shared/protocol/session-events';

const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'];

/** A member's colour: the same on every node and device. */
export function colourOf(memberId: string): string {
  let hash = 0;
  for (const char of memberId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1d4ed8';
}

/**
 * One roster line per member, from per-socket presence records (several tabs or devices) and the
 * raised hands. A member is away only when every one of their sockets is. Raised hands first, in
 * the order they went up; then by name.
 */
export function mergeRoster(records: PresenceEntry[], hands: Record<string, number>): PresenceEntry[] {
  const byMember = new Map<string, PresenceEntry>();
  for (const record of records) {
    const seen = byMember.get(record.memberId);
    if (!seen) {
      byMember.set(record.memberId, { ...record });
      continue;
    }
    seen.away = seen.away && record.away;
    if (!record.away && record.boardId) seen.boardId = record.boardId;
  }
  const roster = [...byMember.values()].map((entry) => ({
    ...entry,
    handRaisedAt: hands[entry.memberId] ?? null,
  }));
  return roster.sort((a, b) => {
    if (a.handRaisedAt !== null || b.handRaisedAt !== null) {
      return (a.handRaisedAt ?? Number.POSITIVE_INFINITY) - (b.handRaisedAt ?? Number.POSITIVE_INFINITY);
    }
    return a.name.localeCompare(b.name);
  });
}
