import { type JourneyResponse, JourneyResponseSchema } from '@mentoring/shared/journey/api';
import { computeJourney } from '@mentoring/shared/journey/journey';
import { JOURNEY_ROOT, JOURNEY_SUMMARY_KEY, journeyDocId } from '@mentoring/shared/journey/settings';
import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import type * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { NetworkStore } from '../networks/network-store.js';
import { storeProgrammeStatus } from '../networks/programme-status.js';
import { type JourneyInputDeps, loadJourneyInput } from './journey-input.js';

/** Changes closer together than this make one computation (typing sends an update per keystroke). */
const SETTLE_MS = 250;
/** Under continuous typing, a computation at least this often. */
const MAX_WAIT_MS = 1_000;
/**
 * A second look this long after the last computation: two nodes that computed at the same moment,
 * each before the other's edit reached it, both write; the second look sees both edits.
 */
const SECOND_LOOK_MS = 2_000;
/** A stored summary older than this is computed again in the background when read. */
const FRESH_MS = 60_000;

/** The summary as stored in the programme's journey document (`JOURNEY_SUMMARY_KEY`). */
interface Stored extends JourneyResponse {
  computedAt: string;
}

/** The stored summary of `doc`, or null (none yet, or of an older layout: computed again). */
export function readSummary(doc: Y.Doc): Stored | null {
  const value = doc.getMap(JOURNEY_ROOT).get(JOURNEY_SUMMARY_KEY);
  const parsed = JourneyResponseSchema.safeParse(value);
  if (!parsed.success || typeof (value as { computedAt?: unknown }).computedAt !== 'string') return null;
  return { ...parsed.data, computedAt: (value as { computedAt: string }).computedAt };
}

export interface JourneySummaries {
  /** Something the journey reads changed: compute again soon (debounced per programme). */
  touch(programmeId: string): void;
  /** Compute again soon with nothing changed (stored figures grown old): not counted as activity. */
  recheck(programmeId: string): void;
  /** Computes now, stores the summary if it changed, and answers it. */
  refresh(programmeId: ProgrammeId): Promise<JourneyResponse>;
  /** The stored summary (computed now if there is none). */
  get(programmeId: ProgrammeId): Promise<JourneyResponse>;
  /** Stops the timers (shutdown). */
  close(): void;
}

/**
 * The journey of each programme, computed on the server when something it reads changes and pushed
 * to every member through the programme's journey document (`journey-<programmeId>`, server-written,
 * read-only for clients). Pushed as a document rather than as a socket.io event because documents
 * already travel between nodes through the Redis relay and are stored before they are sent, so a
 * member connected to any node, or reconnecting after a blip, gets the latest summary by sync.
 */
export function createJourneySummaries(
  deps: JourneyInputDeps & { log: Logger; networks?: NetworkStore },
): JourneySummaries {
  interface Pending {
    timer: NodeJS.Timeout;
    firstAt: number;
  }
  const pending = new Map<string, Pending>();
  const secondLooks = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<JourneyResponse>>();
  /** When this node was last told of a change to each programme not computed yet. */
  const seen = new Map<string, string>();
  let closed = false;

  const compute = async (programmeId: ProgrammeId): Promise<JourneyResponse> => {
    const seenAt = seen.get(programmeId) ?? null;
    seen.delete(programmeId);
    const input = await loadJourneyInput(deps, programmeId);
    const answer: JourneyResponse = { journey: computeJourney(input), settings: input.settings };
    // A computation due after the programme was erased (a touch, a second look) must not write: it
    // would bring the journey document back after erasure. One being erased is left alone too; the
    // erasure waits out an access-check interval before it deletes, longer than this check and write.
    const programme = await deps.programmes.getProgramme(programmeId);
    if (!programme || programme.deletingAt) return answer;
    const same = JSON.stringify(answer);
    await deps.rooms.change(journeyDocId(programmeId), (doc) => {
      const stored = readSummary(doc);
      // Nothing new: no write, so members' pages do not render again for a cursor move.
      if (stored && JSON.stringify({ journey: stored.journey, settings: stored.settings }) === same) return;
      doc.getMap(JOURNEY_ROOT).set(JOURNEY_SUMMARY_KEY, { ...answer, computedAt: new Date().toISOString() });
    });
    // The coordinator's figures of a network's programme, from the same input (networks/programme-status.ts).
    const { networks } = deps;
    const networkId = programme.networkId;
    if (networks && networkId) {
      await storeProgrammeStatus({ ...deps, networks }, { ...programme, networkId }, input, seenAt).catch(
        (error: unknown) => deps.log.warn({ err: error, programmeId }, 'programme status: not stored'),
      );
    }
    return answer;
  };

  /** The computation due after the running one, shared by every request made meanwhile. */
  const queued = new Map<string, { next: Promise<JourneyResponse>; look: boolean }>();

  /**
   * One computation per programme at a time; requests meanwhile share one more after it. (They used
   * to each chain a run of their own and also schedule one: two runs that kept finding each other
   * running, so a programme touched during a computation was computed back to back for ever.)
   */
  const run = (programmeId: ProgrammeId, look = true): Promise<JourneyResponse> => {
    const current = running.get(programmeId);
    if (current) {
      const due = queued.get(programmeId);
      if (due) {
        due.look ||= look;
        return due.next;
      }
      const start = () => {
        const entry = queued.get(programmeId);
        queued.delete(programmeId);
        return run(programmeId, entry?.look ?? look);
      };
      const next = current.then(start, start);
      queued.set(programmeId, { next, look });
      return next;
    }
    const next = compute(programmeId).finally(() => {
      running.delete(programmeId);
      if (!queued.has(programmeId) && look && !closed) secondLook(programmeId);
    });
    running.set(programmeId, next);
    return next;
  };

  const fire = (programmeId: string, look = true) => {
    pending.delete(programmeId);
    run(programmeId as ProgrammeId, look).catch((error: unknown) =>
      deps.log.warn({ err: error, programmeId }, 'journey summary: computation failed'),
    );
  };

  const schedule = (programmeId: string, delay: number) => {
    if (closed) return;
    const now = Date.now();
    const before = pending.get(programmeId);
    if (before) clearTimeout(before.timer);
    const firstAt = before?.firstAt ?? now;
    const wait = Math.max(0, Math.min(delay, firstAt + MAX_WAIT_MS - now));
    const timer = setTimeout(() => fire(programmeId), wait);
    timer.unref();
    pending.set(programmeId, { timer, firstAt });
  };

  const secondLook = (programmeId: string) => {
    clearTimeout(secondLooks.get(programmeId));
    const timer = setTimeout(() => {
      secondLooks.delete(programmeId);
      if (!pending.has(programmeId)) fire(programmeId, false);
    }, SECOND_LOOK_MS);
    timer.unref();
    secondLooks.set(programmeId, timer);
  };

  return {
    touch(programmeId) {
      seen.set(programmeId, new Date().toISOString());
      clearTimeout(secondLooks.get(programmeId));
      secondLooks.delete(programmeId);
      schedule(programmeId, SETTLE_MS);
    },
    recheck(programmeId) {
      if (!pending.has(programmeId) && !running.has(programmeId)) schedule(programmeId, SETTLE_MS);
    },
    refresh(programmeId) {
      seen.set(programmeId, new Date().toISOString());
      return run(programmeId);
    },
    async get(programmeId) {
      // A change this node was told of is not computed yet: compute it now (read your own writes).
      const due = pending.get(programmeId);
      if (due || running.has(programmeId)) {
        if (due) clearTimeout(due.timer);
        pending.delete(programmeId);
        return run(programmeId);
      }
      const stored = await deps.rooms.read(journeyDocId(programmeId), readSummary);
      if (!stored) return run(programmeId);
      // A node that stopped between a change and its computation leaves an older summary: heal it.
      if (Date.now() - Date.parse(stored.computedAt) > FRESH_MS) schedule(programmeId, 0);
      return { journey: stored.journey, settings: stored.settings };
    },
    close() {
      closed = true;
      for (const { timer } of pending.values()) clearTimeout(timer);
      for (const timer of secondLooks.values()) clearTimeout(timer);
      pending.clear();
      secondLooks.clear();
      seen.clear();
    },
  };
}
