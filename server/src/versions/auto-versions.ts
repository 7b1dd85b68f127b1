import { randomBytes } from 'node:crypto';
import type { VersionMeta } from '@mentoring/shared/schema/version';
import * as Y from 'yjs';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';

/**
 * Every `everyMs`, makes an automatic version of each board that changed and then stayed idle for
 * `idleMs`. The store hands each idle board to one node only. Returns a stopper.
 */
export function startAutoVersions(
  deps: { docs: DocStore; rooms: Rooms },
  options: { idleMs: number; everyMs: number; log: { warn(obj: object, msg: string): void } },
): () => void {
  const sweep = async () => {
    for (const docId of await deps.docs.takeIdleChanged(Date.now() - options.idleMs)) {
      const state = await deps.rooms.read(docId, (doc) => Y.encodeStateAsUpdate(doc));
      const meta: VersionMeta = {
        id: randomBytes(16).toString('base64url'),
        name: 'Automatic',
        createdAt: new Date().toISOString(),
        createdBy: null,
        auto: true,
      };
      await deps.docs.saveVersion(docId, meta, state);
    }
  };
  const timer = setInterval(() => {
    sweep().catch((error: Error) => options.log.warn({ err: error.message }, 'automatic versions failed'));
  }, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
