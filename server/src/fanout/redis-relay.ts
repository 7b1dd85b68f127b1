import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import { redisKeys } from '../redis/keys.js';
import type { RedisDocStore } from '../store/redis-doc-store.js';
import type { RelayHandlers, RelaySubscription, RoomRelay } from '../sync/types.js';
import { AwarenessChannel } from './awareness-channel.js';
import { StreamReader } from './stream-reader.js';

export interface RedisRelay extends RoomRelay {
  close(): Promise<void>;
}

/**
 * Cross-node relay: document updates travel through the same Redis streams the store writes (so an
 * update is durable before any node relays it, and a node that missed something catches up from its
 * stream position); awareness travels over pub/sub, coalesced by each room's batcher.
 */
export async function createRedisRelay(deps: {
  client: RedisClient;
  store: RedisDocStore;
  keyPrefix: string;
  log: Logger;
}): Promise<RedisRelay> {
  const keys = redisKeys(deps.keyPrefix);
  const subscriber = deps.client.duplicate();
  subscriber.on('error', (error: Error) => deps.log.debug({ err: error.message }, 'redis subscriber error'));
  await subscriber.connect();
  // The reader opens (and, when it fails, replaces) a connection of its own for blocking reads.
  const reader = new StreamReader(() => deps.client.duplicate(), deps.store, keys, deps.log);
  await reader.open();
  const awareness = new AwarenessChannel(deps.client, subscriber, keys, deps.log);
  await awareness.start();

  return {
    async join(docId: string, handlers: RelayHandlers): Promise<RelaySubscription> {
      await reader.add(docId, handlers.onUpdates);
      await awareness.join(docId, handlers);
      return {
        // Nothing to do: the stream the store appended to is what other nodes read.
        published: () => undefined,
        publishAwareness: (update) => awareness.publish(docId, update),
        async leave() {
          reader.remove(docId);
          await awareness.leave(docId);
        },
      };
    },
    async close() {
      await awareness.stop();
      await reader.stop();
      if (subscriber.isOpen) await subscriber.quit().catch(() => undefined);
    },
  };
}
