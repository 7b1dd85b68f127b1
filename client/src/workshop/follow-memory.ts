import { z } from 'zod';

/**
 * What a tab remembers about follow-me across board changes and reloads (sessionStorage: per tab):
 * whether this person broke away, whether this facilitator leads, and the last "bring everyone
 * here" it obeyed (so each one is obeyed once).
 */
const MemorySchema = z.object({
  brokeAway: z.boolean().default(false),
  leading: z.boolean().default(false),
  jump: z.number().default(-1),
  /** This tab's id: the server names the leading tab, so the leader's other tabs know they do not lead. */
  tab: z.string().optional(),
});
export type FollowMemory = z.infer<typeof MemorySchema>;

const key = (programmeId: string) => `mentoring-board:follow:${programmeId}`;

export function readFollowMemory(programmeId: string): FollowMemory {
  try {
    const parsed = MemorySchema.safeParse(JSON.parse(sessionStorage.getItem(key(programmeId)) ?? '{}'));
    return parsed.success ? parsed.data : { brokeAway: false, leading: false, jump: -1 };
  } catch {
    return { brokeAway: false, leading: false, jump: -1 };
  }
}

export function writeFollowMemory(programmeId: string, change: Partial<FollowMemory>): FollowMemory {
  const next = { ...readFollowMemory(programmeId), ...change };
  try {
    sessionStorage.setItem(key(programmeId), JSON.stringify(next));
  } catch {
    // Storage disabled: the choice lasts until the next board change.
  }
  return next;
}

/** This tab's id for follow-me (made once per tab, kept across its board changes and reloads). */
export function followTabId(programmeId: string): string {
  const known = readFollowMemory(programmeId).tab;
  if (known) return known;
  const tab = crypto.randomUUID();
  writeFollowMemory(programmeId, { tab });
  return tab;
}
