import {
  type FollowState,
  FollowStateSchema,
  type PresenceEntry,
  PresenceEntrySchema,
  type TimerState,
  TimerStateSchema,
} from '@mentoring/shared/protocol/session-events';
import { z } from 'zod';
import type { RedisClient } from '../redis/client.js';
import type { RedisKeys } from '../redis/keys.js';

/** A presence record lives this long unless its node refreshes it (a crashed node's people vanish). */
export const PRESENCE_TTL_MS = 30_000;

/** Programme-wide workshop state: timer, follow-me, spotlight, and who is present. */
export interface SessionStore {
  getTimer(programmeId: string): Promise<TimerState>;
  setTimer(programmeId: string, timer: TimerState): Promise<void>;
  getFollow(programmeId: string): Promise<FollowState>;
  setFollow(programmeId: string, follow: FollowState): Promise<void>;
  getSpotlight(programmeId: string): Promise<string | null>;
  setSpotlight(programmeId: string, memberId: string | null): Promise<void>;
  /** Records (or refreshes) one socket's presence until `PRESENCE_TTL_MS` from now. */
  putPresence(programmeId: string, socketId: string, entry: PresenceEntry): Promise<void>;
  removePresence(programmeId: string, socketId: string): Promise<void>;
  /** Presence records not expired, one per socket; expired ones are removed. */
  listPresence(programmeId: string): Promise<PresenceEntry[]>;
  /** Raised hands: member id → when it went up (epoch ms). One field per member: no lost raise. */
  raiseHand(programmeId: string, memberId: string, at: number): Promise<void>;
  lowerHand(programmeId: string, memberId: string): Promise<void>;
  listHands(programmeId: string): Promise<Record<string, number>>;
  /** Removes everything of a programme. */
  deleteProgramme(programmeId: string): Promise<void>;
}

export const IDLE_TIMER: TimerState = { status: 'idle' };
export const NO_FOLLOW: FollowState = {
  active: false,
  boardId: null,
  viewport: null,
  scroll: null,
  leader: null,
  jump: 0,
};

const StoredPresenceSchema = z.object({ entry: PresenceEntrySchema, expiresAt: z.number() });

/** The embedded default: one node, state in memory (a restart clears timers and presence). */
export function createMemorySessionStore(): SessionStore {
  const state = new Map<string, { timer: TimerState; follow: FollowState; spotlight: string | null }>();
  const presence = new Map<string, Map<string, z.infer<typeof StoredPresenceSchema>>>();
  const hands = new Map<string, Record<string, number>>();
  const of = (id: string) => {
    let entry = state.get(id);
    if (!entry) {
      entry = { timer: IDLE_TIMER, follow: NO_FOLLOW, spotlight: null };
      state.set(id, entry);
    }
    return entry;
  };
  const sockets = (id: string) => {
    let map = presence.get(id);
    if (!map) {
      map = new Map();
      presence.set(id, map);
    }
    return map;
  };
  return {
    getTimer: async (id) => of(id).timer,
    setTimer: async (id, timer) => {
      of(id).timer = timer;
    },
    getFollow: async (id) => of(id).follow,
    setFollow: async (id, follow) => {
      of(id).follow = follow;
    },
    getSpotlight: async (id) => of(id).spotlight,
    setSpotlight: async (id, memberId) => {
      of(id).spotlight = memberId;
    },
    putPresence: async (id, socketId, entry) => {
      sockets(id).set(socketId, { entry, expiresAt: Date.now() + PRESENCE_TTL_MS });
    },
    removePresence: async (id, socketId) => {
      sockets(id).delete(socketId);
    },
    listPresence: async (id) => {
      const now = Date.now();
      const map = sockets(id);
      for (const [socketId, record] of map) if (record.expiresAt <= now) map.delete(socketId);
      return [...map.values()].map((record) => record.entry);
    },
    raiseHand: async (id, memberId, at) => {
      const current = hands.get(id) ?? {};
      current[memberId] ??= at;
      hands.set(id, current);
    },
    lowerHand: async (id, memberId) => {
      delete hands.get(id)?.[memberId];
    },
    listHands: async (id) => ({ ...hands.get(id) }),
    deleteProgramme: async (id) => {
      state.delete(id);
      presence.delete(id);
      hands.delete(id);
    },
  };
}

/** With Redis: shared by every node, so timers survive the loss of a node and rosters span nodes. */
export function createRedisSessionStore(client: RedisClient, keys: RedisKeys): SessionStore {
  const getJson = async <T>(key: string, field: string, schema: z.ZodType<T>, fallback: T): Promise<T> => {
    const raw = await client.hGet(key, field);
    if (!raw) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  };
  const setJson = (key: string, field: string, value: unknown) =>
    client.hSet(key, field, JSON.stringify(value));
  return {
    getTimer: (id) => getJson(keys.sessionState(id), 'timer', TimerStateSchema, IDLE_TIMER),
    setTimer: async (id, timer) => {
      await setJson(keys.sessionState(id), 'timer', timer);
    },
    getFollow: (id) => getJson(keys.sessionState(id), 'follow', FollowStateSchema, NO_FOLLOW),
    setFollow: async (id, follow) => {
      await setJson(keys.sessionState(id), 'follow', follow);
    },
    getSpotlight: (id) => getJson(keys.sessionState(id), 'spotlight', z.string().nullable(), null),
    setSpotlight: async (id, memberId) => {
      await setJson(keys.sessionState(id), 'spotlight', memberId);
    },
    putPresence: async (id, socketId, entry) => {
      await setJson(keys.presence(id), socketId, { entry, expiresAt: Date.now() + PRESENCE_TTL_MS });
    },
    removePresence: async (id, socketId) => {
      await client.hDel(keys.presence(id), socketId);
    },
    listPresence: async (id) => {
      const all = await client.hGetAll(keys.presence(id));
      const now = Date.now();
      const live: PresenceEntry[] = [];
      const expired: string[] = [];
      for (const [socketId, raw] of Object.entries(all)) {
        const parsed = StoredPresenceSchema.safeParse(JSON.parse(raw));
        if (parsed.success && parsed.data.expiresAt > now) live.push(parsed.data.entry);
        else expired.push(socketId);
      }
      if (expired.length > 0) await client.hDel(keys.presence(id), expired);
      return live;
    },
    raiseHand: async (id, memberId, at) => {
      await client.hSetNX(keys.hands(id), memberId, String(at));
    },
    lowerHand: async (id, memberId) => {
      await client.hDel(keys.hands(id), memberId);
    },
    listHands: async (id) => {
      const all = await client.hGetAll(keys.hands(id));
      return Object.fromEntries(Object.entries(all).map(([memberId, at]) => [memberId, Number(at)]));
    },
    deleteProgramme: async (id) => {
      await client.del([keys.sessionState(id), keys.presence(id), keys.hands(id)]);
    },
  };
}
