import { createNeedsAnalysis } from '@mentoring/shared/doc/needs-analysis';
import type { Draft, MentorProfile, Network } from '@mentoring/shared/network/network';
import type { Board } from '@mentoring/shared/schema/board';
import { BoardIdSchema, DocIdSchema, InviteIdSchema } from '@mentoring/shared/schema/ids';
import { INVITE_HOURS, type Invite } from '@mentoring/shared/schema/invite';
import type { Programme } from '@mentoring/shared/schema/programme';
import { newId } from '../auth/ids.js';
import { expiryClaim, type TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { createProgramme } from '../programmes/create-programme.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { Rooms } from '../sync/rooms.js';
import type { NetworkStore } from './network-store.js';

/** What choosing a mentor made: the programme, its creator's session and the mentor city's invite. */
export interface ChosenMentor {
  draft: Draft;
  programme: Programme;
  facilitatorToken: string;
  mentorInviteToken: string;
}

/**
 * Turns a draft into a programme of the network with the chosen mentor city: the programme (its
 * creator the facilitator), a needs-analysis board holding what the draft said, the network's link
 * to it, and an invite for the mentor city. The draft is marked last: if anything before fails, the
 * draft can be chosen again (the half-made programme is unreachable, as an interrupted import).
 */
export async function chooseMentor(
  deps: { networks: NetworkStore; programmes: ProgrammeStore; rooms: Rooms; signer: TokenSigner },
  input: { network: Network; draft: Draft; profile: MentorProfile; facilitatorName?: string; now: string },
): Promise<ChosenMentor> {
  const { network, draft, profile, now } = input;
  if (draft.programmeId) throw new AppError('conflict', 'a mentor was already chosen for this draft');
  const board: Omit<Board, 'programmeId'> = {
    id: BoardIdSchema.parse(newId()),
    kind: 'needs-analysis',
    title: draft.title.slice(0, 120),
    docId: DocIdSchema.parse(newId()),
    createdAt: now,
  };
  const made = await createProgramme(
    deps,
    {
      title: draft.title,
      menteeCity: draft.needs.city,
      mentorCity: profile.profile.city,
      language: draft.needs.language,
      networkId: network.id,
    },
    input.facilitatorName,
    now,
    async (programme) => {
      if (!(await deps.programmes.addBoard({ ...board, programmeId: programme.id }))) {
        throw new AppError('conflict', 'the new programme disappeared');
      }
      await deps.rooms.change(board.docId, (doc) =>
        createNeedsAnalysis(doc, {
          challenge: draft.needs.challenge,
          learningFromOthers: draft.needs.learningFromOthers,
        }),
      );
    },
  );
  const { programme } = made;
  const invite: Invite = {
    id: InviteIdSchema.parse(newId()),
    programmeId: programme.id,
    role: 'mentor',
    label: profile.profile.city.slice(0, 80),
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + INVITE_HOURS.default * 3600_000).toISOString(),
    revokedAt: null,
  };
  await deps.programmes.addInvite(invite);
  const mentorInviteToken = deps.signer.sign({
    v: 1,
    p: programme.id,
    r: 'mentor',
    i: invite.id,
    e: expiryClaim(invite.expiresAt),
  });
  if (!(await deps.networks.put('programme', { id: programme.id, networkId: network.id, addedAt: now }))) {
    throw new AppError('notFound', 'network not found');
  }
  const chosen: Draft = {
    ...draft,
    needs: { ...draft.needs, challenge: '', learningFromOthers: '' },
    programmeId: programme.id,
    mentorProfileId: profile.id,
  };
  await deps.networks.put('draft', chosen);
  return { draft: chosen, programme, facilitatorToken: made.facilitatorToken, mentorInviteToken };
}
