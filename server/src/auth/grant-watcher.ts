import type { InviteId, ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Logger } from '../log.js';
import { grantEnded } from './access.js';
import type { GrantSource } from './grant-source.js';

/** Why an open connection's access ended. */
export type EndReason = 'revoked' | 'expired';

/** What an open connection holds access through. */
export interface WatchedGrant {
  programmeId: ProgrammeId;
  inviteId: InviteId;
  expiresAtMs: number;
}

/**
 * Ends open connections when their access ends. Every `intervalMs` each watched invite is read once
 * per node (however many connections use it), so a revocation or erasure made on any node sharing
 * the store closes connections everywhere within about one interval; expiry is checked on the same
 * tick. Revocations made on this node end local connections at once through {@link endInvites}.
 */
export interface GrantWatcher {
  /** Calls `onEnded` once when the grant ends; returns an unsubscribe. */
  watch(grant: WatchedGrant, onEnded: (reason: EndReason) => void): () => void;
  /** Ends every watched connection of these invites now (they were just revoked here). */
  endInvites(inviteIds: Iterable<InviteId>): void;
  /** Ends every watched connection of a programme now (it is being erased). */
  endProgramme(programmeId: string): void;
  /** Stops checking. */
  close(): void;
}

interface Watcher {
  expiresAtMs: number;
  onEnded: (reason: EndReason) => void;
}

/** Creates a watcher that polls `programmes` every `intervalMs` while anything is watched. */
export function createGrantWatcher(deps: {
  programmes: GrantSource;
  intervalMs: number;
  log: Logger;
  now?: () => number;
}): GrantWatcher {
  const now = deps.now ?? Date.now;
  const byInvite = new Map<InviteId, { programmeId: ProgrammeId; watchers: Set<Watcher> }>();
  let timer: NodeJS.Timeout | null = null;
  let checking = false;

  const end = (inviteId: InviteId, watchers: Iterable<Watcher>, reason: EndReason) => {
    const entry = byInvite.get(inviteId);
    for (const watcher of [...watchers]) {
      if (!entry?.watchers.delete(watcher)) continue;
      try {
        watcher.onEnded(reason);
      } catch (error) {
        deps.log.error({ err: error }, 'grant watcher: onEnded failed');
      }
    }
    if (entry && entry.watchers.size === 0) byInvite.delete(inviteId);
    if (byInvite.size === 0) stop();
  };

  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const at = now();
      for (const [inviteId, entry] of byInvite) {
        end(
          inviteId,
          [...entry.watchers].filter((w) => w.expiresAtMs <= at),
          'expired',
        );
      }
      await Promise.all(
        [...byInvite].map(async ([inviteId, entry]) => {
          try {
            const grant = await deps.programmes.getGrant(entry.programmeId, inviteId, null);
            if (grantEnded(grant)) end(inviteId, entry.watchers, 'revoked');
          } catch (error) {
            // A store hiccup is not a revocation: keep the connections and look again next tick.
            deps.log.warn({ err: error, inviteId }, 'grant watcher: could not check an invite');
          }
        }),
      );
    } finally {
      checking = false;
    }
  };

  const start = () => {
    if (timer) return;
    timer = setInterval(() => void check(), deps.intervalMs);
    timer.unref();
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };

  return {
    watch(grant, onEnded) {
      const watcher: Watcher = { expiresAtMs: grant.expiresAtMs, onEnded };
      let entry = byInvite.get(grant.inviteId);
      if (!entry) {
        entry = { programmeId: grant.programmeId, watchers: new Set() };
        byInvite.set(grant.inviteId, entry);
      }
      entry.watchers.add(watcher);
      start();
      return () => {
        const current = byInvite.get(grant.inviteId);
        if (!current?.watchers.delete(watcher)) return;
        if (current.watchers.size === 0) byInvite.delete(grant.inviteId);
        if (byInvite.size === 0) stop();
      };
    },
    endInvites(inviteIds) {
      for (const inviteId of inviteIds) {
        const entry = byInvite.get(inviteId);
        if (entry) end(inviteId, entry.watchers, 'revoked');
      }
    },
    endProgramme(programmeId) {
      for (const [inviteId, entry] of [...byInvite]) {
        if (entry.programmeId === programmeId) end(inviteId, entry.watchers, 'revoked');
      }
    },
    close() {
      stop();
      byInvite.clear();
    },
  };
}
