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
