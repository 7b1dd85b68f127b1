import type { ProgrammeRow } from '@mentoring/shared/network/api';
import type { ProgrammeStatusRecord } from '@mentoring/shared/network/network';
import { statusOn } from '@mentoring/shared/network/status';
import type { NetworkId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { FastifyBaseLogger } from 'fastify';
import { loadJourneyInput } from '../journey/journey-input.js';
import { createJourneySettingsStore } from '../journey/journey-settings.js';
import type { JourneySummaries } from '../journey/journey-summary.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import type { NetworkStore } from './network-store.js';
import { storeProgrammeStatus } from './programme-status.js';

export interface TableDeps {
  networks: NetworkStore;
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
  journey: Pick<JourneySummaries, 'recheck'>;
  log: FastifyBaseLogger;
}

/** Programmes read at once: enough to overlap store round trips, few enough not to flood a node. */
const PARALLEL = 16;
/**
 * Stored figures older than this are computed again in the background when read: a change the
 * server was not told of (a node that stopped between an edit and its computation) heals within
 * this time, while a table polled every few seconds does not recompute every programme each time.
 */
const HEAL_MS = 10 * 60_000;

/**
 * The coordinator's table: one row of status figures per programme of the network. The figures are
 * computed from the boards on the server whenever the programme's journey is (journey-summary.ts,
 * programme-status.ts) and stored in the network; only figures leave (shared/network/status.ts). A
 * programme without stored figures yet (made before them) is computed here once. A started
 * community's missing link is added back. A link to a programme that was erased, or that no longer
 * names this network, is dropped with its grants and figures as it is met.
 */
export async function programmeTable(
  deps: TableDeps,
  networkId: NetworkId,
  today: string,
): Promise<ProgrammeRow[]> {
  const [listed, grants, statuses, communities] = await Promise.all([
    deps.networks.list('programme', networkId),
    deps.networks.list('grant', networkId),
    deps.networks.list('status', networkId),
    deps.networks.list('community', networkId),
  ]);
  const links = [...listed];
  // A started community's link is written just after its record (start-community.ts): a node that
  // died between the two left it out, and it is written here.
  const known = new Set(links.map((link) => link.id));
  for (const community of communities) {
    if (!community.programmeId || known.has(community.programmeId)) continue;
    // An erased programme stays unlinked (its community still names it).
    if ((await deps.programmes.getProgramme(community.programmeId))?.networkId !== networkId) continue;
    const link = {
      id: community.programmeId,
      networkId,
      addedAt: community.startedAt ?? community.createdAt,
    };
    if (await deps.networks.put('programme', link)) links.push(link);
  }
  const stored = new Map(statuses.map((status) => [status.id, status]));
  const computed = async (programme: Programme & { networkId: NetworkId }) => {
    const settings = createJourneySettingsStore(deps.rooms);
    const input = await loadJourneyInput({ ...deps, settings }, programme.id);
    return storeProgrammeStatus(deps, programme, input, null);
  };
  const rowOf = async (id: ProgrammeId): Promise<ProgrammeRow | null> => {
    const programme = await deps.programmes.getProgramme(id);
    if (!programme || programme.networkId !== networkId) {
      await deps.networks.remove('programme', networkId, id);
      await deps.networks.remove('status', networkId, id);
      for (const grant of grants)
        if (grant.programmeId === id) await deps.networks.remove('grant', networkId, grant.id);
      return null;
    }
    if (programme.deletingAt) return null;
    let status: ProgrammeStatusRecord | undefined = stored.get(id);
    if (!status) status = await computed({ ...programme, networkId });
    else if (Date.now() - Date.parse(status.computedAt) > HEAL_MS) deps.journey.recheck(id);
    const granted = new Set(grants.filter((g) => g.programmeId === id).map((g) => g.id));
    // Only a programme that shares boards needs its board list (titles of the shared boards).
    const boards = granted.size > 0 ? await deps.programmes.listBoards(id) : [];
    const { id: _id, networkId: _network, computedAt: _at, lastActivity, ...figures } = status;
    return {
      id,
      title: programme.title,
      menteeCity: programme.menteeCity,
      mentorCity: programme.mentorCity,
      ...(programme.cities ? { cities: programme.cities } : {}),
      ...statusOn(figures, today),
      lastActivity: lastActivity > programme.createdAt ? lastActivity : programme.createdAt,
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
