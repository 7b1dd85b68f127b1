import type { JourneyInput } from '@mentoring/shared/journey/input';
import type { ProgrammeStatusRecord } from '@mentoring/shared/network/network';
import { statusFigures } from '@mentoring/shared/network/status';
import type { NetworkId } from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { NetworkStore } from './network-store.js';

export interface StatusDeps {
  programmes: ProgrammeStore;
  docs: DocStore;
  networks: NetworkStore;
}

const latest = (times: readonly string[]) => times.reduce((a, b) => (b > a ? b : a), '');

/**
 * Computes and stores the coordinator's figures of one programme of a network, from the journey
 * input already read for its journey summary. Done when the journey is computed (on every change
 * the server is told of), so the coordinator's table reads one record per programme instead of
 * opening every board and listing every board's versions on each read. `seenAt`: when the server
 * last saw a change to the programme (an edit is activity before any version records it).
 */
export async function storeProgrammeStatus(
  deps: StatusDeps,
  programme: Programme & { networkId: NetworkId },
  input: JourneyInput,
  seenAt: string | null,
): Promise<ProgrammeStatusRecord> {
  const networkId = programme.networkId;
  const [boards, members, before] = await Promise.all([
    deps.programmes.listBoards(programme.id),
    deps.programmes.listMembers(programme.id),
    deps.networks.get('status', networkId, programme.id),
  ]);
  const versions = await Promise.all(boards.map((board) => deps.docs.listVersions(board.docId)));
  const record: ProgrammeStatusRecord = {
    id: programme.id,
    networkId,
    computedAt: new Date().toISOString(),
    lastActivity: latest([
      programme.createdAt,
      ...boards.map((b) => b.createdAt),
      ...members.map((m) => m.joinedAt),
      ...versions.flat().map((v) => v.createdAt),
      ...(seenAt ? [seenAt] : []),
      // A board deleted since keeps its activity: the latest time never goes back.
      ...(before ? [before.lastActivity] : []),
    ]),
    ...statusFigures(input),
  };
  await deps.networks.put('status', record);
  return record;
}
