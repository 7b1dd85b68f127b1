import { LinkPaths } from '@mentoring/shared/schema/api';
import { type Role, RoleSchema } from '@mentoring/shared/schema/roles';
import { z } from 'zod';

/**
 * Session tokens kept on this device, one per programme, so that a member who joined once comes
 * back without the link. A token is a capability: it is never logged or put in a URL we create.
 */
const KEY = 'mentoring-board:sessions';

// `role` and `openedAt` came later: sessions kept before them still read (and get them when reopened).
const KnownSchema = z.record(
  z.string(),
  z.object({
    token: z.string().min(1),
    title: z.string(),
    role: RoleSchema.optional().catch(undefined),
    openedAt: z.string().optional().catch(undefined),
  }),
);
type Known = z.infer<typeof KnownSchema>;

function read(): Known {
  try {
    const parsed = KnownSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function write(known: Known): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(known));
  } catch {
    // Storage full or disabled: the session lasts for this page only.
  }
}

/** Keeps (or refreshes) this device's session for a programme, marked as opened now. */
export function rememberSession(programmeId: string, token: string, title: string, role?: Role): void {
  const known = read();
  const before = known[programmeId]?.token === token ? known[programmeId] : undefined;
  const entry = { token, title, role: role ?? before?.role, openedAt: new Date().toISOString() };
  write({ ...known, [programmeId]: entry });
}

export function sessionToken(programmeId: string): string | null {
  return read()[programmeId]?.token ?? null;
}

export function forgetSession(programmeId: string): void {
  const { [programmeId]: _gone, ...rest } = read();
  write(rest);
}

/** A programme this device has a session for, as the start page lists it. */
export interface KnownProgramme {
  id: string;
  title: string;
  role?: Role;
  openedAt?: string;
}

/** Programmes this device has a session for, the most recently opened first. */
export function knownProgrammes(): KnownProgramme[] {
  return Object.entries(read())
    .map(([id, { title, role, openedAt }]) => ({ id, title, role, openedAt }))
    .sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''));
}

/** The token in a link's fragment (`#token=…`), which browsers never send to a server. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(LinkPaths.tokenFragment);
  return token && token.length > 0 ? token : null;
}
