import type { ProgrammeRow } from '@mentoring/shared/network/api';
import { programmeStatus } from '@mentoring/shared/network/status';
import type { NetworkId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { FastifyBaseLogger } from 'fastify';
import { loadJourneyInput } from '../journey/journey-input.js';
import { createJourneySettingsStore } from '../journey/journey-settings.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import type { NetworkStore } from './network-store.js';

export interface TableDeps {
  networks: NetworkStore;
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
  log: FastifyBaseLogger;
}

/** Programmes read at once: enough to overlap store round trips, few enough not to flood a node. */
const PARALLEL = 8;

const latest = (times: string[]) => times.reduce((a, b) => (b > a ? b : a), '');

/**
 * The coordinator's table: one row of status figures per programme of the network. Board content
 * is read here, on the server, and only figures leave (status.ts). A link to a programme that was
 * erased, or that no longer names this network, is dropped with its grants as it is met.
 */
export async function programmeTable(
  deps: TableDeps,
  networkId: NetworkId,
  today: string,
): Promise<ProgrammeRow[]> {
  const settings = createJourneySettingsStore(deps.rooms);
  const [links, grants] = await Promise.all([
    deps.networks.list('programme', networkId),
    deps.networks.list('grant', networkId),
  ]);
  const rowOf = async (id: ProgrammeId): Promise<ProgrammeRow | null> => {
    const programme = await deps.programmes.getProgramme(id);
    if (!programme || programme.networkId !== networkId) {
      await deps.networks.remove('programme', networkId, id);
      for (const grant of grants)
        if (grant.programmeId === id) await deps.networks.remove('grant', networkId, grant.id);
      return null;
    }
    if (programme.deletingAt) return null;
    const [input, boards, members] = await Promise.all([
      loadJourneyInput({ ...deps, settings }, id),
      deps.programmes.listBoards(id),
      deps.programmes.listMembers(id),
    ]);
    const versions = await Promise.all(boards.map((board) => deps.docs.listVersions(board.docId)));
    const granted = new Set(grants.filter((g) => g.programmeId === id).map((g) => g.id));
    return {
      id,
      title: programme.title,
      menteeCity: programme.menteeCity,
      mentorCity: programme.mentorCity,
      ...(programme.cities ? { cities: programme.cities } : {}),
      ...programmeStatus(input, today),
      lastActivity: latest([
        programme.createdAt,
        ...boards.map((b) => b.createdAt),
        ...members.map((m) => m.joinedAt),
        ...versions.flat().map((v) => v.createdAt),
      ]),
      grantedBoards: boards
        .filter((board) => granted.has(board.id))
        .map((board) => ({ id: board.id, kind: board.kind, title: board.title })),
    };
  };
  const rows: ProgrammeRow[] = [];
  for (let at = 0; at < links.length; at += PARALLEL) {
    const batch = await Promise.all(links.slice(at, at + PARALLEL).map((link) => rowOf(link.id)));
    for (const row of batch) if (row) rows.push(row);
  }
  return rows;
}
