import { z } from 'zod';

/**
 * Invite links this device has, by invite id: those it made, and those it asked the server for
 * (`GET …/invites/:inviteId/link`, facilitators only). The invite list never carries them. They sit
 * beside the facilitator's own session token, which is no less powerful.
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
