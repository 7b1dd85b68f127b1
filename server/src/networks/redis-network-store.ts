import type { RedisClient } from '../redis/client.js';
import { redisKeys } from '../redis/keys.js';
import {
  byId,
  NETWORK_KINDS,
  type NetworkKind,
  type NetworkRecord,
  type NetworkStore,
  readNetwork,
  readOf,
  writeNetwork,
  writeOf,
} from './network-store.js';

// Writes a hash field only while the network record exists, atomically (KEYS: record, hash).
const HSET_IF_NETWORK = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
`;

// Takes the lease if free or already the holder's, only while the network exists (KEYS: record,
// lease; ARGV: holder, ttl ms). One script, so no other node's command runs between check and set.
const LEASE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local held = redis.call('GET', KEYS[2])
if held and held ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'PX', tonumber(ARGV[2]))
return 1
`;
// Deletes the lease only if it is still this holder's (KEYS: lease; ARGV: holder).
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
// As HSET_IF_NETWORK, only if the field is absent (HSETNX): the first of concurrent writers wins.
const HSETNX_IF_NETWORK = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
`;

/**
 * {@link NetworkStore} over Redis: the record as a JSON string and one hash per kind, all under the
 * `{networkId}` hash tag. Read-modify-writes of the record are last-writer-wins (only `deletingAt`).
 */
export function createRedisNetworkStore(options: { client: RedisClient; keyPrefix?: string }): NetworkStore {
  const { client } = options;
  const keys = redisKeys(options.keyPrefix);
  const allKeys = (id: string) => [
    keys.network(id),
    ...Object.keys(NETWORK_KINDS).map((kind) => keys.networkRecords(id, kind)),
  ];
  return {
    async createNetwork(network) {
      const set = await client.set(keys.network(network.id), writeNetwork(network), { condition: 'NX' });
      if (set !== 'OK') throw new Error('network store: network id already exists');
    },
    async getNetwork(id) {
      const json = await client.get(keys.network(id));
      return json ? readNetwork(json) : null;
    },
    async markDeleting(id, at) {
      const json = await client.get(keys.network(id));
      if (!json) return false;
      const network = readNetwork(json);
      const next = writeNetwork({ ...network, deletingAt: network.deletingAt ?? at });
      return (await client.set(keys.network(id), next, { condition: 'XX' })) === 'OK';
    },
    async deleteNetwork(id) {
      await client.del(allKeys(id));
      // Erased keys stay in the append-only file until Redis rewrites it (best effort, as programmes).
      await client.bgRewriteAof().catch(() => undefined);
    },
    async put<K extends NetworkKind>(kind: K, record: NetworkRecord<K>) {
      const done = await client.eval(HSET_IF_NETWORK, {
        keys: [keys.network(record.networkId), keys.networkRecords(record.networkId, kind)],
        arguments: [record.id, writeOf(kind, record)],
      });
      return done === 1;
    },
    async putNew<K extends NetworkKind>(kind: K, record: NetworkRecord<K>) {
      const done = await client.eval(HSETNX_IF_NETWORK, {
        keys: [keys.network(record.networkId), keys.networkRecords(record.networkId, kind)],
        arguments: [record.id, writeOf(kind, record)],
      });
      return done === 1;
    },
    async get<K extends NetworkKind>(kind: K, networkId: string, id: string) {
      const json = await client.hGet(keys.networkRecords(networkId, kind), id);
      return json ? readOf(kind, json) : null;
    },
    async list<K extends NetworkKind>(kind: K, networkId: string) {
      const values = await client.hVals(keys.networkRecords(networkId, kind));
      return values.map((json) => readOf(kind, json)).sort(byId);
    },
    async remove(kind, networkId, id) {
      return (await client.hDel(keys.networkRecords(networkId, kind), id)) === 1;
    },
    async lease(networkId, key, holder, ttlMs) {
      const taken = await client.eval(LEASE, {
        keys: [keys.network(networkId), keys.networkLease(networkId, key)],
        arguments: [holder, String(Math.max(1, Math.round(ttlMs)))],
      });
      return taken === 1;
    },
    async release(networkId, key, holder) {
      await client.eval(RELEASE, { keys: [keys.networkLease(networkId, key)], arguments: [holder] });
    },
    async close() {},
  };
}
