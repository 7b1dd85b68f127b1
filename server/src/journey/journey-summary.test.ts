import { EMPTY_SETTINGS, journeyDocId } from '@mentoring/shared/journey/settings';
import type { ProgrammeStatusRecord } from '@mentoring/shared/network/network';
import type { NetworkId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { JourneyInputDeps } from './journey-input.js';
import { createJourneySummaries, readSummary } from './journey-summary.js';

/** Resolves once `done()` holds (checked every 20 ms, for at most 5 s). */
async function waitFor(done: () => boolean) {
  for (let at = Date.now(); !done(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() - at > 5_000) throw new Error('timed out');
}

const silent = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger &
  JourneyInputDeps['log'];
const id = 'p1' as ProgrammeId;

/** Summaries over one programme with no boards, whose record `programme()` answers at the time. */
function summaries(
  programme: () => Partial<Programme> | null,
  networks?: unknown,
  listBoards: () => Promise<never[]> = async () => [],
) {
  const docs = new Map<string, Y.Doc>();
  const docOf = (docId: string) => docs.get(docId) ?? docs.set(docId, new Y.Doc()).get(docId)!;
  const deps = {
    programmes: {
      listBoards,
      listMembers: async () => [],
      getProgramme: async () => programme(),
    },
    docs: { listVersions: async () => [] },
    rooms: {
      read: async <T>(docId: string, reader: (doc: Y.Doc) => T) => reader(docOf(docId)),
      change: async <T>(docId: string, mutate: (doc: Y.Doc) => T) => mutate(docOf(docId)),
    },
    settings: { get: async () => EMPTY_SETTINGS, change: async () => EMPTY_SETTINGS },
    log: silent,
    networks,
  } as unknown as JourneyInputDeps & { log: Logger };
  const journey = createJourneySummaries(deps);
  return {
    journey,
    written: () => docs.has(journeyDocId(id)) && readSummary(docOf(journeyDocId(id))) !== null,
  };
}

describe('journey summaries', () => {
  it('stores the summary of a programme that exists', async () => {
    const { journey, written } = summaries(() => ({ id }));
    await journey.refresh(id);
    journey.close();
    expect(written()).toBe(true);
  });

  it('writes nothing for a programme erased or being erased (it would bring its document back)', async () => {
    for (const record of [null, { id, deletingAt: '2026-12-03T07:00:00.000Z' }]) {
      const { journey, written } = summaries(() => record);
      const answer = await journey.refresh(id);
      journey.close();
      expect(answer.settings).toEqual(EMPTY_SETTINGS);
      expect(written()).toBe(false);
    }
  });

  it("stores a network programme's figures; a change counts as activity, a recheck does not", async () => {
    const stored = new Map<string, ProgrammeStatusRecord>();
    const networks = {
      get: async (_kind: string, _network: string, key: string) => stored.get(key) ?? null,
      put: async (_kind: string, record: ProgrammeStatusRecord) => {
        stored.set(record.id, record);
        return true;
      },
    };
    const createdAt = '2020-01-01T00:00:00.000Z';
    const { journey } = summaries(() => ({ id, networkId: 'n1' as NetworkId, createdAt }), networks);
    const computedAfter = (at: string) => waitFor(() => (stored.get(id)?.computedAt ?? '') > at);
    journey.recheck(id);
    await computedAfter('');
    const first = stored.get(id);
    expect(first).toMatchObject({ id, networkId: 'n1', phase: 'preparation', lastActivity: createdAt });
    const before = new Date().toISOString();
    journey.touch(id);
    await computedAfter(first?.computedAt ?? '');
    journey.close();
    expect((stored.get(id)?.lastActivity ?? '') >= before).toBe(true);
  });

  it('runs one more computation for requests made during one, then stops', async () => {
    // Each computation takes 30 ms: requests made meanwhile share the one that follows it.
    let computations = 0;
    const slowList = async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 30));
      return [];
    };
    const { journey } = summaries(() => ({ id }), undefined, slowList);
    const first = journey.refresh(id);
    const during = [journey.refresh(id), journey.refresh(id), journey.get(id)];
    await Promise.all([first, ...during]);
    expect(computations).toBe(2);
    // Nothing is due any more: no computation follows (it used to go on back to back for ever).
    await new Promise((resolve) => setTimeout(resolve, 500));
    journey.close();
    expect(computations).toBe(2);
  });
});
