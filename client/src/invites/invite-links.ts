import { z } from 'zod';

/**
 * Invite links created on this device, by invite id. The server never lists a token again after
 * creating it, so the facilitator's device keeps the links it made, to copy or project them later.
 * They sit beside the facilitator's own session token, which is no less powerful.
 */
const key = (programmeId: string) => `mentoring-board:invite-links:${programmeId}`;
const LinksSchema = z.record(z.string(), z.string());

export function keptInviteLinks(programmeId: string): Record<string, string> {
  try {
    const parsed = LinksSchema.safeParse(JSON.parse(localStorage.getItem(key(programmeId)) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function keepInviteLink(programmeId: string, inviteId: string, link: string): void {
  try {
    localStorage.setItem(
      key(programmeId),
      JSON.stringify({ ...keptInviteLinks(programmeId), [inviteId]: link }),
    );
  } catch {
    // Storage full or disabled: the link stays visible until the page is left.
  }
}
