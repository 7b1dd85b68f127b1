import { createMentorStrengths } from '@mentoring/shared/doc/mentor-strengths';
import { createNeedsAnalysis } from '@mentoring/shared/doc/needs-analysis';
import type { Community } from '@mentoring/shared/network/community';
import type { Network } from '@mentoring/shared/network/network';
import { BoardIdSchema, DocIdSchema } from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import { newId } from '../auth/ids.js';
import type { TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { createProgramme } from '../programmes/create-programme.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { Rooms } from '../sync/rooms.js';
import { type CommunityBoardPlan, communityBoards } from './community-records.js';
import type { NetworkStore } from './network-store.js';

/** What starting a community made: its record as now stored, its programme, the starter's session. */
export interface StartedCommunity {
  community: Community;
  programme: Programme;
  facilitatorToken: string;
}

const alreadyStarted = () => new AppError('conflict', 'this community was already started');

/**
 * Starts a community: one programme with every city (`cities`), its boards (community-records.ts),
 * the network's link to it, and the community record pointing at it. The starter is its facilitator.
 *
 * Two nodes may be asked at once (two people press "start"). Before anything is made, a claim keyed
 * by the community's id is written with `putNew`, which lands for exactly one caller across every
 * node of the store; the others get 409 and make nothing. If making the space fails, the claim is
 * taken back so the community can be started again (the half-made programme stays unreachable, as
 * an interrupted import).
 */
export async function startCommunity(
  deps: { networks: NetworkStore; programmes: ProgrammeStore; rooms: Rooms; signer: TokenSigner },
  input: { network: Network; community: Community; facilitatorName?: string; now: string },
): Promise<StartedCommunity> {
  const { network, community, now } = input;
  if (community.programmeId) throw alreadyStarted();
  const claim = { id: community.id, networkId: network.id, claimedAt: now };
  if (!(await deps.networks.putNew('communityStart', claim))) {
    if (!(await deps.networks.getNetwork(network.id))) throw new AppError('notFound', 'network not found');
    throw alreadyStarted();
  }
  try {
    const cities = community.cities.map((c) => c.city);
    const made = await createProgramme(
      deps,
      {
        title: community.title,
        theme: community.topic,
        menteeCity: cities[0] ?? '',
        mentorCity: cities[1] ?? '',
        cities,
        language: community.language,
        networkId: network.id,
      },
      input.facilitatorName,
      now,
      async (programme) => {
        for (const plan of communityBoards(community)) await addBoard(deps, programme, plan, now);
      },
    );
    if (
      !(await deps.networks.put('programme', { id: made.programme.id, networkId: network.id, addedAt: now }))
    )
      throw new AppError('notFound', 'network not found');
    const started: Community = { ...community, programmeId: made.programme.id, startedAt: now };
    await deps.networks.put('community', started);
    return { community: started, programme: made.programme, facilitatorToken: made.facilitatorToken };
  } catch (error) {
    await deps.networks.remove('communityStart', network.id, community.id).catch(() => undefined);
    throw error;
  }
}

/** Adds one planned board, its city's own words already in it (what it wants to learn, can share). */
async function addBoard(
  deps: { programmes: ProgrammeStore; rooms: Rooms },
  programme: Programme,
  plan: CommunityBoardPlan,
  now: string,
): Promise<void> {
  const board = {
    id: BoardIdSchema.parse(newId()),
    programmeId: programme.id,
    kind: plan.kind,
    title: plan.title,
    docId: DocIdSchema.parse(newId()),
    createdAt: now,
  };
  if (!(await deps.programmes.addBoard(board)))
    throw new AppError('conflict', 'the new programme disappeared');
  const city = plan.city;
  if (!city) return;
  if (plan.kind === 'needs-analysis' && city.topics)
    await deps.rooms.change(board.docId, (doc) =>
      createNeedsAnalysis(doc, { learningFromOthers: city.topics }),
    );
  if (plan.kind === 'mentor-strengths' && city.goodPractices)
    await deps.rooms.change(board.docId, (doc) =>
      createMentorStrengths(doc, { transferablePractices: city.goodPractices }),
    );
}
