import { NetworkSessionResponseSchema, ProgrammeTableSchema } from '@mentoring/shared/network/api';
import { apiRequest } from '../api/http';

const networkPath = (id: string) => `/api/networks/${encodeURIComponent(id)}`;
const KEY = 'mentoring-board:networks';

/** The network calls of the coordinator's page (shapes from `@mentoring/shared/network/api`). */
export const networkApi = {
  session: (id: string, token: string) =>
    apiRequest(networkPath(id), { token, schema: NetworkSessionResponseSchema }),
  programmes: (id: string, token: string, signal?: AbortSignal) =>
    apiRequest(`${networkPath(id)}/programmes`, { token, schema: ProgrammeTableSchema, signal }),
};

/** Network links kept on this device, one per network (like programme sessions). */
export function rememberNetwork(id: string, token: string): void {
  try {
    const known = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
    localStorage.setItem(KEY, JSON.stringify({ ...known, [id]: token }));
  } catch {
    // Storage full or disabled: the link works for this page only.
  }
}

export function networkToken(id: string): string | null {
  try {
    const known = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const token = known[id];
    return typeof token === 'string' && token.length > 0 ? token : null;
  } catch {
    return null;
  }
}
