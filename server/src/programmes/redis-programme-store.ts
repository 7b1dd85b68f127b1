import type { Board } from '@mentoring/shared/schema/board';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import { type RecordCodec, StoredRecords as records } from '../format/records.js';
import type { RedisClient } from '../redis/client.js';
import { programmeKeys, redisKeys } from '../redis/keys.js';
import { cachedScript } from '../store/redis-script.js';
import { byCreation, type ProgrammeStore } from './programme-store.js';

/** Options of {@link createRedisProgrammeStore}. */
export interface RedisProgrammeStoreOptions {
  /** Connected client (created with `disableOfflineQueue: true`); the store never closes it. */
  client: RedisClient;
  /** Prefix of every key (default `mb:`). */
  keyPrefix?: string;
}

// Writes hash fields only while the programme record exists, atomically, so that a write racing an
// erasure cannot recreate a hash of a deleted programme. KEYS[1]: the record; KEYS[2..n]: hashes.
// ARGV: one field and one value per hash. Returns 1 when written.
const HSET_IF_PROGRAMME = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 2, #KEYS do redis.call('HSET', KEYS[i], ARGV[2 * i - 3], ARGV[2 * i - 2]) end
return 1
`;

// A WebSocket's token check and board lookup in one round trip (GrantSource.getDocGrant): the
// programme record, the invite, the member, and the board whose document is ARGV[3]. KEYS: record,
// invites, members, boards, doc id → board id (one programme's keys: one hash slot on a cluster).
// Missing ones come back as nil (false stays in place in a Lua array, nil would end it).
const DOC_GRANT = cachedScript(`
local boardId = redis.call('HGET', KEYS[5], ARGV[3])
local board = false
if boardId then board = redis.call('HGET', KEYS[4], boardId) end
return { redis.call('GET', KEYS[1]), redis.call('HGET', KEYS[2], ARGV[1]), redis.call('HGET', KEYS[3], ARGV[2]), board }
`);

// Records are read and written through their codec: it checks, migrates and stamps the data format.
const parse = <T>(codec: RecordCodec<T>, json: string | null | undefined): T | null =>
  json ? codec.read(json) : null;

/**
 * {@link ProgrammeStore} over Redis. Per programme (all keys share the `{programmeId}` hash tag): the
 * record as a JSON string, and hashes of boards, doc id → board id, members and invites.
 * Read-modify-writes (rename, revoke) are last-writer-wins: both are idempotent enough for that.
 */
export function createRedisProgrammeStore(options: RedisProgrammeStoreOptions): ProgrammeStore {
  const client = options.client;
  const keys = redisKeys(options.keyPrefix);

  const writeIfProgramme = async (
    programmeId: string,
    fields: [key: string, field: string, value: string][],
  ) => {
    const done = await client.eval(HSET_IF_PROGRAMME, {
      keys: [keys.programme(programmeId), ...fields.map(([key]) => key)],
      arguments: fields.flatMap(([, field, value]) => [field, value]),
    });
    return done === 1;
  };
  const list = async <T>(key: string, codec: RecordCodec<T>): Promise<T[]> =>
    (await client.hVals(key)).map((json) => codec.read(json));

  return {
    async createProgramme(programme) {
      const json = records.programme.write(programme);
      const set = await client.set(keys.programme(programme.id), json, { condition: 'NX' });
      if (set !== 'OK') throw new Error('programme store: programme id already exists');
    },
    async getProgramme(id) {
      return parse(records.programme, await client.get(keys.programme(id)));
    },
    async markDeleting(id, at) {
      const programme = parse(records.programme, await client.get(keys.programme(id)));
      if (!programme) return false;
      const json = records.programme.write({ ...programme, deletingAt: programme.deletingAt ?? at });
      return (await client.set(keys.programme(id), json, { condition: 'XX' })) === 'OK';
    },
    async deleteProgramme(id) {
      // Codes and trash entries live outside the programme's keys: find them before the keys go.
      const codes = await client.hKeys(keys.programmeJoinCodes(id));
      const boardIds = await client.hKeys(keys.programmeBoards(id));
      if (codes.length > 0) await client.del(codes.map((code) => keys.joinCode(code)));
      if (boardIds.length > 0)
        await client.zRem(
          keys.boardTrash(),
          boardIds.map((b) => `${id}/${b}`),
        );
      await client.del(programmeKeys(keys, id));
      // Erased keys stay in the append-only file until Redis rewrites it: ask for that now (GDPR).
      // Best effort: Redis queues it when a rewrite runs already, and some hosted Redis refuse it.
      await client.bgRewriteAof().catch(() => undefined);
    },
    async addBoard(board: Board) {
      const json = records.board.write(board);
      return writeIfProgramme(board.programmeId, [
        [keys.programmeBoards(board.programmeId), board.id, json],
        [keys.programmeDocs(board.programmeId), board.docId, board.id],
      ]);
    },
    async renameBoard(programmeId, boardId, title) {
      const board = parse(records.board, await client.hGet(keys.programmeBoards(programmeId), boardId));
      if (!board) return null;
      const renamed = records.board.validate({ ...board, title });
      const json = records.board.write(renamed);
      const done = await writeIfProgramme(programmeId, [[keys.programmeBoards(programmeId), boardId, json]]);
      return done ? renamed : null;
    },
    async listBoards(programmeId) {
      const boards = await list(keys.programmeBoards(programmeId), records.board);
      return boards.sort(byCreation((b) => b.createdAt));
    },
    async trashBoard(programmeId, boardId, at) {
      const board = parse(records.board, await client.hGet(keys.programmeBoards(programmeId), boardId));
      if (!board) return null;
      const { deletedAt: _, ...alive } = board;
      const changed = records.board.validate(at ? { ...alive, deletedAt: at } : alive);
      const json = records.board.write(changed);
      const done = await writeIfProgramme(programmeId, [[keys.programmeBoards(programmeId), boardId, json]]);
      if (!done) return null;
      const member = `${programmeId}/${boardId}`;
      if (at) await client.zAdd(keys.boardTrash(), { score: Date.parse(at), value: member });
      else await client.zRem(keys.boardTrash(), member);
      return changed;
    },
    async listTrashedBefore(before) {
      const due = await client.zRangeByScore(keys.boardTrash(), '-inf', `(${Date.parse(before)}`);
      const boards: Board[] = [];
      for (const member of due) {
        const [programmeId = '', boardId = ''] = member.split('/');
        const board = parse(records.board, await client.hGet(keys.programmeBoards(programmeId), boardId));
        if (board?.deletedAt) boards.push(board);
        else await client.zRem(keys.boardTrash(), member);
      }
      return boards;
    },
    async purgeBoard(programmeId, boardId) {
      const board = parse(records.board, await client.hGet(keys.programmeBoards(programmeId), boardId));
      await client.zRem(keys.boardTrash(), `${programmeId}/${boardId}`);
      if (!board) return false;
      await client.hDel(keys.programmeDocs(programmeId), board.docId);
      return (await client.hDel(keys.programmeBoards(programmeId), boardId)) === 1;
    },
    async findBoardByDoc(programmeId, docId) {
      const boardId = await client.hGet(keys.programmeDocs(programmeId), docId);
      if (!boardId) return null;
      return parse(records.board, await client.hGet(keys.programmeBoards(programmeId), boardId));
    },
    async addMember(member: Member) {
      const json = records.member.write(member);
      return writeIfProgramme(member.programmeId, [
        [keys.programmeMembers(member.programmeId), member.id, json],
      ]);
    },
    async listMembers(programmeId) {
      const members = await list(keys.programmeMembers(programmeId), records.member);
      return members.sort(byCreation((m) => m.joinedAt));
    },
    async addInvite(invite: Invite) {
      const json = records.invite.write(invite);
      return writeIfProgramme(invite.programmeId, [
        [keys.programmeInvites(invite.programmeId), invite.id, json],
      ]);
    },
    async listInvites(programmeId) {
      const invites = await list(keys.programmeInvites(programmeId), records.invite);
      return invites.sort(byCreation((i) => i.createdAt));
    },
    async revokeInvite(programmeId, inviteId, at) {
      const invite = parse(records.invite, await client.hGet(keys.programmeInvites(programmeId), inviteId));
      if (!invite) return null;
      const revoked = records.invite.validate({ ...invite, revokedAt: invite.revokedAt ?? at });
      const json = records.invite.write(revoked);
      const done = await writeIfProgramme(programmeId, [
        [keys.programmeInvites(programmeId), inviteId, json],
      ]);
      return done ? revoked : null;
    },
    async addJoinCode(joinCode) {
      const json = records.joinCode.write(joinCode);
      // Kept a day past expiry so that an expired code is told as expired, then Redis drops it.
      const keepMs = Math.max(Date.parse(joinCode.expiresAt) - Date.now(), 0) + 86_400_000;
      const set = await client.set(keys.joinCode(joinCode.code), json, {
        condition: 'NX',
        expiration: { type: 'PX', value: keepMs },
      });
      if (set !== 'OK') return false;
      const listed = await writeIfProgramme(joinCode.programmeId, [
        [keys.programmeJoinCodes(joinCode.programmeId), joinCode.code, '1'],
      ]);
      if (!listed) await client.del(keys.joinCode(joinCode.code));
      return listed;
    },
    async findJoinCode(code) {
      return parse(records.joinCode, await client.get(keys.joinCode(code)));
    },
    async listJoinCodes(programmeId) {
      const codes = await client.hKeys(keys.programmeJoinCodes(programmeId));
      const found = codes.length > 0 ? await client.mGet(codes.map((code) => keys.joinCode(code))) : [];
      return found
        .flatMap((json) => {
          const joinCode = parse(records.joinCode, json);
          return joinCode ? [joinCode] : [];
        })
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.code.localeCompare(b.code));
    },
    async revokeJoinCode(programmeId, code, at) {
      const found = parse(records.joinCode, await client.get(keys.joinCode(code)));
      if (!found || found.programmeId !== programmeId) return null;
      const revoked = records.joinCode.validate({ ...found, revokedAt: found.revokedAt ?? at });
      const json = records.joinCode.write(revoked);
      const done = await client.set(keys.joinCode(code), json, { condition: 'XX', KEEPTTL: true });
      return done === 'OK' ? revoked : null;
    },
    async getGrant(programmeId, inviteId, memberId) {
      // One MULTI, so that the three parts are read at one instant.
      const multi = client
        .multi()
        .get(keys.programme(programmeId))
        .hGet(keys.programmeInvites(programmeId), inviteId)
        .hGet(keys.programmeMembers(programmeId), memberId ?? '');
      const [programme, invite, member] = await multi.execTyped();
      return {
        programme: parse(records.programme, programme),
        invite: parse(records.invite, invite),
        member: memberId ? parse(records.member, member) : null,
      };
    },
    async getDocGrant(programmeId, inviteId, memberId, docId) {
      const reply = await DOC_GRANT(client, {
        keys: [
          keys.programme(programmeId),
          keys.programmeInvites(programmeId),
          keys.programmeMembers(programmeId),
          keys.programmeBoards(programmeId),
          keys.programmeDocs(programmeId),
        ],
        arguments: [inviteId, memberId, docId],
      });
      if (!Array.isArray(reply) || reply.length !== 4)
        throw new Error('programme store: unexpected grant reply');
      const [programme, invite, member, board] = (reply as unknown[]).map((value) =>
        Buffer.isBuffer(value) ? value.toString() : typeof value === 'string' ? value : null,
      );
      return {
        programme: parse(records.programme, programme),
        invite: parse(records.invite, invite),
        member: parse(records.member, member),
        board: parse(records.board, board),
      };
    },
    async ping() {
      await client.ping();
    },
    async close() {},
  };
}
