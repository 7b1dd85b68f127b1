import {
  InviteIdSchema,
  MemberIdSchema,
  type NetworkId,
  type ProgrammeId,
  ProgrammeIdSchema,
} from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme, ProgrammeDraft } from '@mentoring/shared/schema/programme';
import { newId } from '../auth/ids.js';
import { expiryClaim, type TokenSigner } from '../auth/tokens.js';
import type { ProgrammeStore } from './programme-store.js';

/** How long the creator's facilitator session lasts (it can be ended by revoking its invite). */
const CREATOR_SESSION_MS = 366 * 24 * 3600 * 1000;

/** A programme just created, and the session token of its creator (a facilitator). */
export interface CreatedProgramme {
  programme: Programme;
  facilitatorToken: string;
}

/**
 * Stores a new programme from `draft` with its creator as facilitator, and signs the creator's
 * session token. Used by `POST /api/programmes` and by `POST /api/import`.
 *
 * `fill` (an import's boards) runs after the programme record and before its creator's invite and
 * membership: a process killed half-way leaves a programme nobody can ever reach, never a reachable
 * one that is only partly filled (the chaos suite's kill-during-import scenario).
 */
export async function createProgramme(
  deps: { programmes: ProgrammeStore; signer: TokenSigner },
  // `networkId` and `cities` only from the network routes (a chosen mentor, a community); never from a request body.
  draft: ProgrammeDraft & { networkId?: NetworkId; cities?: string[] },
  facilitatorName: string | undefined,
  createdAt: string,
  fill?: (programme: Programme) => Promise<void>,
  // Chosen beforehand by a caller that must record it before anything is made (start-community.ts).
  id: ProgrammeId = ProgrammeIdSchema.parse(newId()),
): Promise<CreatedProgramme> {
  const programme: Programme = { id, ...draft, createdAt };
  // The creator joins through an invite of their own, so that their access is revocable like anyone's.
  const invite: Invite = {
    id: InviteIdSchema.parse(newId()),
    programmeId: programme.id,
    role: 'facilitator',
    label: 'creator',
    createdAt,
    expiresAt: new Date(Date.parse(createdAt) + CREATOR_SESSION_MS).toISOString(),
    revokedAt: null,
  };
  const member: Member = {
    id: MemberIdSchema.parse(newId()),
    programmeId: programme.id,
    role: 'facilitator',
    displayName: facilitatorName ?? 'Facilitator',
    inviteId: invite.id,
    joinedAt: createdAt,
  };
  await deps.programmes.createProgramme(programme);
  await fill?.(programme);
  await deps.programmes.addInvite(invite);
  await deps.programmes.addMember(member);
  const facilitatorToken = deps.signer.sign({
    v: 1,
    p: programme.id,
    r: 'facilitator',
    i: invite.id,
    m: member.id,
    e: expiryClaim(invite.expiresAt),
  });
  return { programme, facilitatorToken };
}
