import { EMPTY_SETTINGS, journeyDocId } from '@mentoring/shared/journey/settings';
import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { JourneyInputDeps } from './journey-input.js';
import { createJourneySummaries, readSummary } from './journey-summary.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger &
  JourneyInputDeps['log'];
const id = 'p1' as ProgrammeId;

/** Summaries over one programme with no boards, whose record `programme()` answers at the time. */
function summaries(programme: () => Partial<Programme> | null) {
  const docs = new Map<string, Y.Doc>();
  const docOf = (docId: string) => docs.get(docId) ?? docs.set(docId, new Y.Doc()).get(docId)!;
  const deps = {
    programmes: { listBoards: async () => [], getProgramme: async () => programme() },
    docs: { listVersions: async () => [] },
    rooms: {
      read: async <T>(docId: string, reader: (doc: Y.Doc) => T) => reader(docOf(docId)),
      change: async <T>(docId: string, mutate: (doc: Y.Doc) => T) => mutate(docOf(docId)),
    },
    settings: { get: async () => EMPTY_SETTINGS, change: async () => EMPTY_SETTINGS },
    log: silent,
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
});
