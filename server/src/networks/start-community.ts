import { createMentorStrengths } from '@mentoring/shared/doc/mentor-strengths';
import { createNeedsAnalysis } from '@mentoring/shared/doc/needs-analysis';
import { journeyDocId } from '@mentoring/shared/journey/settings';
import type { Community } from '@mentoring/shared/network/community';
import type { Network } from '@mentoring/shared/network/network';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import {
  BoardIdSchema,
  DocIdSchema,
  type NetworkId,
  type ProgrammeId,
  ProgrammeIdSchema,
} from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import { newId } from '../auth/ids.js';
import type { TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { FaultHook } from '../fault-point.js';
import { createProgramme } from '../programmes/create-programme.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import { type CommunityBoardPlan, communityBoards } from './community-records.js';
import type { NetworkStore } from './network-store.js';

/** What starting a community made: its record as now stored, its programme, the starter's session. */
export interface StartedCommunity {
  community: Community;
  programme: Programme;
  facilitatorToken: string;
}

type StartDeps = {
  networks: NetworkStore;
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
  signer: TokenSigner;
  /** NETWORK_LEASE_MS: how long a start holds its lease (the same lease as choosing a mentor). */
  networkLeaseMs: number;
  fault: FaultHook;
};

const alreadyStarted = () => new AppError('conflict', 'this community was already started');
const networkGone = () => new AppError('notFound', 'network not found');

/**
 * Starts a community: one programme with every city (`cities`), its boards (community-records.ts),
 * the community record pointing at it, and the network's link to it. The starter is its facilitator.
 *
 * Two nodes may be asked at once (two people press "start"), and a node may die half-way (kill -9).
 * So a start first takes the network's lease on `start:<community>` (the one choosing a mentor
 * uses): one start at a time across every node, and a dead node's lease ends by itself after
 * NETWORK_LEASE_MS. Under it the community is read again (started meanwhile: 409), then the attempt
 * is recorded (the `communityStart` claim, with the id of the programme it is about to make) before
 * anything is made. A start that finds an earlier attempt's claim erases that programme first, so
 * a half-made one is cleaned, never kept beside the new one. The community record is written last:
 * until then nothing lists it as started and nobody holds a token of its programme. An error (not
 * a crash) erases what this attempt made at once.
 */
export async function startCommunity(
  deps: StartDeps,
  input: { network: Network; community: Community; facilitatorName?: string; now: string },
): Promise<StartedCommunity> {
  const { network, now } = input;
  if (input.community.programmeId) throw alreadyStarted();
  const key = `start:${input.community.id}`;
  const holder = newId();
  if (!(await deps.networks.lease(network.id, key, holder, deps.networkLeaseMs))) {
    if (!(await deps.networks.getNetwork(network.id))) throw networkGone();
    throw new AppError('conflict', 'this community is being started');
  }
  // Renewed before each step: a long start keeps its lease, and a node stalled past it (overtaken,
  // its programme then erased by the newer start) stops rather than mark the community as its own.
  const stillOurs = async () => {
    if (!(await deps.networks.lease(network.id, key, holder, deps.networkLeaseMs)))
      throw new AppError('conflict', 'this community is being started');
  };
  let attempt: ProgrammeId | null = null;
  let committed = false;
  try {
    const community = await deps.networks.get('community', network.id, input.community.id);
    if (!community) throw new AppError('notFound', 'community not found');
    if (community.programmeId) throw alreadyStarted();
    const earlier = await deps.networks.get('communityStart', network.id, community.id);
    if (earlier?.programmeId) await eraseAttempt(deps, network.id, earlier.programmeId);
    attempt = ProgrammeIdSchema.parse(newId());
    const claim = { id: community.id, networkId: network.id, claimedAt: now, programmeId: attempt };
    if (!(await deps.networks.put('communityStart', claim))) throw networkGone();
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
        for (const plan of communityBoards(community)) {
          await stillOurs();
          await addBoard(deps, programme, plan, now);
        }
      },
      attempt,
    );
    deps.fault('community-start-made');
    await stillOurs();
    const started: Community = { ...community, programmeId: attempt, startedAt: now };
    if (!(await deps.networks.put('community', started))) throw networkGone();
    committed = true;
    // After the community record: a node that dies between the two leaves the link missing, and
    // the coordinator's table adds it back when read (programme-table.ts).
    await deps.networks.put('programme', { id: attempt, networkId: network.id, addedAt: now });
    return { community: started, programme: made.programme, facilitatorToken: made.facilitatorToken };
  } catch (error) {
    // The claim stays: it may already be a newer start's (this one overtaken), and erasing an
    // attempt twice does nothing, so the next start's clean-up of it is harmless.
    if (attempt && !committed) await eraseAttempt(deps, network.id, attempt).catch(() => undefined);
    throw error;
  } finally {
    await deps.networks.release(network.id, key, holder).catch(() => undefined);
  }
}

/**
 * Erases the programme of an attempt that never finished: its boards' documents, its journey
 * document, its records, and any link or figures of it in the network. Nobody ever got a token of
 * it (the answer carrying the facilitator link was never sent), so no member loses anything.
 */
async function eraseAttempt(deps: StartDeps, networkId: NetworkId, id: ProgrammeId): Promise<void> {
  const boards = await deps.programmes.listBoards(id);
  for (const board of boards) {
    await deps.rooms.evict(board.docId, CloseCode.forbidden);
    await deps.docs.delete(board.docId);
  }
  await deps.docs.delete(journeyDocId(id));
  await deps.programmes.deleteProgramme(id);
  await deps.networks.remove('programme', networkId, id);
  await deps.networks.remove('status', networkId, id);
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
