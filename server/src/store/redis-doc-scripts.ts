/**
 * The Lua scripts of the RedisDocStore (redis-doc-store.ts). Each runs atomically in Redis on the keys
 * of one document, which share one Redis Cluster slot (see keys.ts).
 */

// Runs atomically in Redis. It commits a compaction only if no other compaction committed since we
// read (version unchanged) and the document was not erased meanwhile (our last entry still exists),
// so two processes compacting at once can never trim updates that the winning snapshot lacks.
// It also records the last trimmed id, so a fan-out reader can tell whether it missed entries, and
// forgets the update ids of the trimmed entries (see APPEND_SCRIPT).
// KEYS: snapshot, version, log, log-bytes, trimmed-to, log-ids. ARGV: expected version ('' = none),
// merged snapshot, last compacted id, first id to keep, bytes compacted.
export const COMPACT_SCRIPT = `
if (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] then return 0 end
if #redis.call('XRANGE', KEYS[3], ARGV[3], ARGV[3]) == 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('INCR', KEYS[2])
for _, entry in ipairs(redis.call('XRANGE', KEYS[3], '-', ARGV[3])) do
  local fields = entry[2]
  for i = 1, #fields, 2 do
    if fields[i] == 'i' then redis.call('HDEL', KEYS[6], fields[i + 1]) end
  end
end
redis.call('XTRIM', KEYS[3], 'MINID', ARGV[4])
redis.call('DECRBY', KEYS[4], ARGV[5])
redis.call('SET', KEYS[5], ARGV[3])
return 1
`;

// One append, atomic and idempotent. Atomic: every update of the call is in the stream or none is.
// Idempotent: an update whose id (a hash of its bytes) is in the log-ids hash is not added again, so an
// append that reached Redis but whose answer was lost, then retried, stores each update once. (Yjs
// would ignore the repeat, but the stream, its byte count and every node's reader would not.) The
// ids leave the hash with their entries at compaction; a repeat after that is stored and harmless.
// Not MULTI: node-redis queues a MULTI while disconnected whatever `disableOfflineQueue` says, and
// sends it after reconnecting, long after the caller was told the append failed and retried it.
// KEYS: log, log-bytes, log-ids. ARGV: id, update, id, update, ... Answers [stream length, log bytes].
export const APPEND_SCRIPT = `
local bytes = 0
for i = 1, #ARGV, 2 do
  if redis.call('HSETNX', KEYS[3], ARGV[i], '1') == 1 then
    redis.call('XADD', KEYS[1], '*', 'u', ARGV[i + 1], 'i', ARGV[i])
    bytes = bytes + #ARGV[i + 1]
  end
end
return { redis.call('XLEN', KEYS[1]), redis.call('INCRBY', KEYS[2], bytes) }
`;

// Where a fan-out reader starts: the last entry's id and the trim mark (see streamPosition).
export const POSITION_SCRIPT = `
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1]
return { last and last[1] or false, redis.call('GET', KEYS[2]) or false }
`;

export const READ_SCRIPT = `
return { redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]), redis.call('XRANGE', KEYS[3], '-', '+'),
  redis.call('GET', KEYS[4]) }
`;

// Entries after a position and the trim mark, atomically (see readLogAfter).
export const READ_AFTER_SCRIPT = `
return { redis.call('GET', KEYS[2]), redis.call('XRANGE', KEYS[1], '(' .. ARGV[1], '+') }
`;
