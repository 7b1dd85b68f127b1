import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { DocStore } from '../store/doc-store.js';
import { Connection } from './connection.js';
import type { RoomHooks } from './hooks.js';
import { newRoomDoc, Room } from './room.js';
import type { AnyPeer, ConnectOptions, RoomRelay, SyncLimits, SyncSocket } from './types.js';

export interface RoomsDeps<Peer extends object = AnyPeer> {
  store: DocStore;
  log: Logger;
  limits: SyncLimits;
  relay?: RoomRelay;
  /** The app's edit rules, asked for every client edit of every room (see hooks.ts). */
  hooks?: RoomHooks<Peer>;
}

/** What a transport holds for one open connection. */
export interface ConnectionHandle {
  /** Feed one received binary message. */
  receive(data: Uint8Array): void;
  /** The transport closed (either side). */
  closed(): void;
  /** Close from the server side, e.g. when its token is revoked. */
  close(entry: { code: number; reason: string }): void;
}

/** What the registry shows of a room in memory. */
export type RoomInfo = Pick<Room<object>, 'docId' | 'doc' | 'awareness' | 'state' | 'writable' | 'idle'>;

export interface Rooms<Peer extends object = AnyPeer> {
  connect(docId: string, socket: SyncSocket, options: ConnectOptions<Peer>): ConnectionHandle;
  /**
   * Makes a server-side change to a document (a vote, a lock): loads it if needed, runs `mutate` on
   * a copy of its state, then stores and applies the resulting update like a client's. Changes to
   * one document run one after another. Resolves with `mutate`'s result once stored.
   */
  change<T>(docId: string, mutate: (doc: Y.Doc) => T): Promise<T>;
  /** Reads a document's current state (loading it if needed). */
  read<T>(docId: string, reader: (doc: Y.Doc) => T): Promise<T>;
  /** Rooms in memory, e.g. for `/readyz` and benchmarks. */
  list(): RoomInfo[];
  /** True when no room has writes failing. */
  writable(): boolean;
  /** Closes every connection of a document (e.g. it was deleted) and drops it from memory. */
  evict(docId: string, entry: { code: number; reason: string }): Promise<void>;
  /** Flushes every room, closes every connection with 1001, unloads everything. */
  close(timeoutMs: number): Promise<void>;
}

/**
 * Creates the room registry: loads rooms on first connect, unloads them when idle. It hands out the
 * connection ids (in increasing order: a room relies on that to know who was sent what).
 */
export function createRooms<Peer extends object = AnyPeer>(deps: RoomsDeps<Peer>): Rooms<Peer> {
  type R = Room<Peer>;
  const rooms = new Map<string, R>();
  const idleTimers = new Map<R, NodeJS.Timeout>();
  const chains = new WeakMap<R, Promise<unknown>>();
  const pins = new WeakMap<R, number>();
  let lastConnectionId = 0;
  const roomDeps = { ...deps, newestConnectionId: () => lastConnectionId };

  /** Keeps a room loaded while the server works on it without a connection. */
  const withRoom = async <T>(docId: string, work: (room: R) => Promise<T>): Promise<T> => {
    const room = getRoom(docId);
    pins.set(room, (pins.get(room) ?? 0) + 1);
    const timer = idleTimers.get(room);
    if (timer) {
      clearTimeout(timer);
      idleTimers.delete(room);
    }
    try {
      await room.whenReady();
      return await work(room);
    } finally {
      const left = (pins.get(room) ?? 1) - 1;
      if (left > 0) pins.set(room, left);
      else pins.delete(room);
      if (room.state === 'ready') scheduleIdleCheck(room);
    }
  };

  const getRoom = (docId: string): R => {
    let room = rooms.get(docId);
    if (!room) {
      const created = new Room<Peer>(docId, roomDeps);
      room = created;
      rooms.set(docId, created);
      created.whenReady().then(
        () => scheduleIdleCheck(created),
        (error: unknown) => {
          deps.log.error({ docId, err: error }, 'document load failed; room not opened');
          if (rooms.get(docId) === created) rooms.delete(docId);
          created.fail();
          void created.destroy();
        },
      );
    }
    return room;
  };

  const scheduleIdleCheck = (room: R) => {
    if (room.connections.size > 0 || pins.has(room) || idleTimers.has(room)) return;
    const timer = setTimeout(() => {
      idleTimers.delete(room);
      void unloadIfIdle(room);
    }, deps.limits.roomIdleMs);
    timer.unref();
    idleTimers.set(room, timer);
  };

  const unloadIfIdle = async (room: R) => {
    if (room.connections.size > 0 || pins.has(room) || rooms.get(room.docId) !== room) return;
    // Never drop edits that are not stored yet: keep the room (and retrying) until they are.
    if (!room.idle) {
      await room.flush(1_000);
      scheduleIdleCheck(room);
      return;
    }
    rooms.delete(room.docId);
    await room.destroy();
    // Operators (and the soak) see rooms leave memory when a board is left idle.
    deps.log.info({ docId: room.docId, roomsLoaded: rooms.size }, 'room unloaded');
  };

  return {
    connect(docId, socket, options) {
      const room = getRoom(docId);
      lastConnectionId += 1;
      const conn = new Connection(lastConnectionId, socket, options, deps.limits.maxMessagesPerSecond);
      room.connections.add(conn);
      const timer = idleTimers.get(room);
      if (timer) {
        clearTimeout(timer);
        idleTimers.delete(room);
      }
      // A loading room greets its connections once loaded.
      if (room.state === 'ready') room.greet(conn);
      return {
        receive(data) {
          room.receive(conn, data);
        },
        closed() {
          conn.closed = true;
          room.leave(conn);
          if (room.state === 'ready') scheduleIdleCheck(room);
        },
        close(entry) {
          conn.close(entry);
          room.leave(conn);
          if (room.state === 'ready') scheduleIdleCheck(room);
        },
      };
    },
    change(docId, mutate) {
      return withRoom(docId, (room) => {
        const run = async () => {
          const scratch = newRoomDoc(docId);
          // One client id per room and node, so server changes do not grow the state vector.
          scratch.clientID = room.serverClientId;
          Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc));
          let update: Uint8Array | null = null;
          scratch.on('update', (u: Uint8Array) => {
            update = update ? Y.mergeUpdates([update, u]) : u;
          });
          const result = mutate(scratch);
          scratch.destroy();
          if (update) await room.submit(update);
          return result;
        };
        const next = (chains.get(room) ?? Promise.resolve()).then(run, run);
        chains.set(
          room,
          next.catch(() => undefined),
        );
        return next;
      });
    },
    read(docId, reader) {
      return withRoom(docId, async (room) => reader(room.doc));
    },
    list: () => [...rooms.values()],
    writable: () => [...rooms.values()].every((room) => room.writable),
    async evict(docId, entry) {
      const room = rooms.get(docId);
      if (!room) return;
      rooms.delete(docId);
      for (const conn of room.connections) conn.close(entry);
      room.connections.clear();
      await room.destroy();
    },
    async close(timeoutMs) {
      for (const timer of idleTimers.values()) clearTimeout(timer);
      idleTimers.clear();
      const all = [...rooms.values()];
      const flushed = await Promise.all(all.map((room) => room.flush(timeoutMs)));
      flushed.forEach((ok, i) => {
        if (!ok) deps.log.error({ docId: all[i]?.docId }, 'shutdown: edits could not be stored in time');
      });
      for (const room of all) {
        for (const conn of room.connections) conn.close(CloseCode.goingAway);
        room.connections.clear();
        await room.destroy();
      }
      rooms.clear();
    },
  };
}
