import { z } from 'zod';

/** The name and organisation someone joined with last, remembered on this device only. */
const KEY = 'mentoring-board:profile';
const ProfileSchema = z.object({ displayName: z.string(), organisation: z.string() });
export type Profile = z.infer<typeof ProfileSchema>;

export function rememberedProfile(): Profile {
  try {
    const parsed = ProfileSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable: start empty.
  }
  return { displayName: '', organisation: '' };
}

export function rememberProfile(profile: Profile): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(profile));
  } catch {
    // Storage disabled: nothing is remembered.
  }
}
