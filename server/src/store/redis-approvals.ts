import { type Approval, VersionMetaSchema } from '@mentoring/shared/schema/version';
import type { RedisClient } from '../redis/client.js';
import type { VersionMeta } from './doc-store.js';

// Atomic in Redis: the version's metadata is read, given its approval (or none: ARGV[2] == '') and
// written back in one step, and only if the version still exists (an erased document stays erased).
const SET_APPROVAL_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local meta = cjson.decode(raw)
if ARGV[2] == '' then meta['approval'] = nil else meta['approval'] = cjson.decode(ARGV[2]) end
local out = cjson.encode(meta)
redis.call('HSET', KEYS[1], ARGV[1], out)
return out
`;

/**
 * Sets (null: withdraws) the approval of a version (issue 14) in the Redis store's version hash
 * (`versionsKey`: version id → metadata JSON); the metadata as now stored, or null when there is
 * no such version.
 */
export async function setRedisApproval(
  client: Pick<RedisClient, 'eval'>,
  versionsKey: string,
  versionId: string,
  approval: Approval | null,
): Promise<VersionMeta | null> {
  const reply = await client.eval(SET_APPROVAL_SCRIPT, {
    keys: [versionsKey],
    arguments: [versionId, approval ? JSON.stringify(approval) : ''],
  });
  if (reply === null || reply === undefined) return null;
  // cjson writes an empty object for `{}` but never changes strings; the schema checks the rest.
  return VersionMetaSchema.parse(JSON.parse(String(reply)));
}
