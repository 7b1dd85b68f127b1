import { LinkPaths } from '@mentoring/shared/schema/api';
import { z } from 'zod';

/**
 * The projection link: `/programmes/:id/project#token=<observer invite token>&join=<join link>`.
 * Both ride in the fragment, which browsers never send to a server. The room screen trades the
 * invite token for its own observer session, kept apart from any member session on the device
 * (the facilitator may open the projection on their own laptop).
 */
export const projectionPath = (programmeId: string) => `${LinkPaths.programme(programmeId)}/project`;

export function projectionLink(
  origin: string,
  programmeId: string,
  inviteToken: string,
  joinLink: string | null,
) {
  const params = new URLSearchParams({ [LinkPaths.tokenFragment]: inviteToken });
  if (joinLink) params.set('join', joinLink);
  return `${origin.replace(/\/+$/, '')}${projectionPath(programmeId)}#${params.toString()}`;
}

export function parseProjectionFragment(
  hash: string,
): { inviteToken: string; joinLink: string | null } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const inviteToken = params.get(LinkPaths.tokenFragment);
  if (!inviteToken) return null;
  const join = params.get('join');
  return { inviteToken, joinLink: join && /^https?:\/\//.test(join) ? join : null };
}

const ScreenSchema = z.object({
  token: z.string().min(1),
  memberId: z.string().min(1),
  name: z.string(),
  joinLink: z.string().nullable(),
});
export type ProjectionScreenSession = z.infer<typeof ScreenSchema>;

const key = (programmeId: string) => `mentoring-board:projection:${programmeId}`;

export function readScreenSession(programmeId: string): ProjectionScreenSession | null {
  try {
    const parsed = ScreenSchema.safeParse(JSON.parse(localStorage.getItem(key(programmeId)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepScreenSession(programmeId: string, session: ProjectionScreenSession): void {
  try {
    localStorage.setItem(key(programmeId), JSON.stringify(session));
  } catch {
    // Storage disabled: the screen keeps its session until the page is reloaded.
  }
}
