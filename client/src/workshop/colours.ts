/**
 * Cursor and avatar colours: dark enough for white initials (contrast at least 4.5:1). Same palette
 * and hash as the server's roster (server/src/session/roster.ts), so a member has one colour in the
 * roster, on the avatars and on the canvas.
 */
export const PEOPLE_COLOURS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7c3aed',
  '#b45309',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
] as const;

/** A stable colour for a member id. */
export function colourOf(memberId: string): string {
  let hash = 0;
  for (const char of memberId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PEOPLE_COLOURS[hash % PEOPLE_COLOURS.length] ?? PEOPLE_COLOURS[0];
}
