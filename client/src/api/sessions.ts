import { LinkPaths } from '@mentoring/shared/schema/api';
import { z } from 'zod';

/**
 * Session tokens kept on this device, one per programme, so that a member who joined once comes
 * back without the link. A token is a capability: it is never logged or put in a URL we create.
 */
const KEY = 'mentoring-board:sessions';

const KnownSchema = z.record(z.string(), z.object({ token: z.string().min(1), title: z.string() }));
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

export function rememberSession(programmeId: string, token: string, title: string): void {
  write({ ...read(), [programmeId]: { token, title } });
}

export function sessionToken(programmeId: string): string | null {
  return read()[programmeId]?.token ?? null;
}

export function forgetSession(programmeId: string): void {
  const { [programmeId]: _gone, ...rest } = read();
  write(rest);
}

/** Programmes this device has a session for, for the start page. */
export function knownProgrammes(): { id: string; title: string }[] {
  return Object.entries(read()).map(([id, { title }]) => ({ id, title }));
}

/** The token in a link's fragment (`#token=…`), which browsers never send to a server. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(LinkPaths.tokenFragment);
  return token && token.length > 0 ? token : null;
}
