import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Board } from '@mentoring/shared/schema/board';
import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import Database from 'better-sqlite3';
import { type RecordCodec, StoredRecords } from '../format/records.js';
import { byCreation, type ProgrammeSnapshot, type ProgrammeStore } from './programme-store.js';

/** Options of {@link createSqliteProgrammeStore}. */
export interface SqliteProgrammeStoreOptions {
  /** Folder of the database; created if missing. The file is `<dir>/programmes.sqlite`. */
  dir: string;
  logger?: { warn(obj: object, msg: string): void };
}

/** The SQLite {@link ProgrammeStore}, plus the paths of its files (for erasure tests and backups). */
export interface SqliteProgrammeStore extends ProgrammeStore {
  readonly files: { readonly db: string; readonly wal: string };
  /** Everything of one programme, read in one transaction (what the read cache keeps). */
  loadSnapshot(id: ProgrammeId): Promise<ProgrammeSnapshot>;
}

type Row = { data: string };
const TABLES = ['board', 'member', 'invite'] as const;
type Table = (typeof TABLES)[number];

/**
 * Opens (creating if needed) the programme database. Records are JSON in a `data` column, parsed
 * with zod on every load; ids and programme ids are columns so that lookups and erasure use indexes.
 */
export async function createSqliteProgrammeStore(
  options: SqliteProgrammeStoreOptions,
): Promise<SqliteProgrammeStore> {
  await mkdir(options.dir, { recursive: true });
  const files = {
    db: join(options.dir, 'programmes.sqlite'),
    wal: join(options.dir, 'programmes.sqlite-wal'),
  };
  const db = new Database(files.db);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  // After each checkpoint the WAL is cut back to 4 MB: one large write must not hold its size for ever.
  db.pragma('journal_size_limit = 4194304');
  db.pragma('synchronous = FULL');
  // Erased records are overwritten with zeros rather than left in free pages (GDPR).
  db.pragma('secure_delete = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS programme (id TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS board (
      id TEXT PRIMARY KEY, programme_id TEXT NOT NULL, doc_id TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS member (id TEXT PRIMARY KEY, programme_id TEXT NOT NULL, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS invite (id TEXT PRIMARY KEY, programme_id TEXT NOT NULL, data TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS board_by_programme ON board (programme_id);
    CREATE INDEX IF NOT EXISTS member_by_programme ON member (programme_id);
    CREATE INDEX IF NOT EXISTS invite_by_programme ON invite (programme_id);
    CREATE TABLE IF NOT EXISTS join_code (code TEXT PRIMARY KEY, programme_id TEXT NOT NULL, data TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS join_code_by_programme ON join_code (programme_id);
  `);

  // Records are read and written through their codec: it checks, migrates and stamps the data format.
  const records = StoredRecords;
  const parse = <T>(codec: RecordCodec<T>, row: Row | undefined): T | null =>
    row ? codec.read(row.data) : null;
  const statement = (sql: string) => db.prepare<unknown[], Row>(sql);
  const perTable = (sql: (table: Table) => string) =>
    Object.fromEntries(TABLES.map((t) => [t, statement(sql(t))])) as Record<
      Table,
      Database.Statement<unknown[], Row>
    >;
  const getProgramme = statement('SELECT data FROM programme WHERE id = ?');
  const putProgramme = statement('UPDATE programme SET data = ? WHERE id = ?');
  const getRecord = perTable((t) => `SELECT data FROM ${t} WHERE programme_id = ? AND id = ?`);
  const listRecords = perTable((t) => `SELECT data FROM ${t} WHERE programme_id = ?`);
  const updateRecord = perTable((t) => `UPDATE ${t} SET data = ? WHERE programme_id = ? AND id = ?`);
  const eraseRecords = perTable((t) => `DELETE FROM ${t} WHERE programme_id = ?`);
  const eraseProgramme = statement('DELETE FROM programme WHERE id = ?');
  const boardByDoc = statement('SELECT data FROM board WHERE programme_id = ? AND doc_id = ?');
  // Inserts only while the programme exists, so a write racing its erasure leaves nothing behind.
  const ifProgramme = 'WHERE EXISTS (SELECT 1 FROM programme WHERE id = ?)';
  const insertBoard = statement(
    `INSERT INTO board (id, programme_id, doc_id, data) SELECT ?, ?, ?, ? ${ifProgramme}`,
  );
  const insertMember = statement(`INSERT INTO member (id, programme_id, data) SELECT ?, ?, ? ${ifProgramme}`);
  const insertInvite = statement(`INSERT INTO invite (id, programme_id, data) SELECT ?, ?, ? ${ifProgramme}`);
  const insertJoinCode = statement(
    `INSERT OR IGNORE INTO join_code (code, programme_id, data) SELECT ?, ?, ? ${ifProgramme}`,
  );
  const getJoinCode = statement('SELECT data FROM join_code WHERE code = ?');
  const listJoinCodes = statement('SELECT data FROM join_code WHERE programme_id = ?');
  const putJoinCode = statement('UPDATE join_code SET data = ? WHERE programme_id = ? AND code = ?');
  const eraseJoinCodes = statement('DELETE FROM join_code WHERE programme_id = ?');
  const eraseBoard = statement('DELETE FROM board WHERE programme_id = ? AND id = ?');
  // Trashed boards are few; a scan of the board table by the JSON field is cheap enough hourly.
  const trashedBefore = statement(
    "SELECT data FROM board WHERE json_extract(data, '$.deletedAt') IS NOT NULL AND json_extract(data, '$.deletedAt') < ?",
  );

  const get = <T>(table: Table, schema: RecordCodec<T>, programmeId: string, id: string) =>
    parse(schema, getRecord[table].get(programmeId, id));
  const list = <T>(table: Table, schema: RecordCodec<T>, programmeId: string): T[] =>
    listRecords[table].all(programmeId).map((row) => schema.read(row.data));
  // Read-modify-write in an IMMEDIATE transaction: other processes may share the file.
  const modify = <T>(
    table: Table,
    schema: RecordCodec<T>,
    programmeId: string,
    id: string,
    change: (r: T) => T,
  ) =>
    db
      .transaction((): T | null => {
        const record = get(table, schema, programmeId, id);
        if (!record) return null;
        const changed = schema.validate(change(record));
        updateRecord[table].run(schema.write(changed), programmeId, id);
        return changed;
      })
      .immediate();

  const markDeleting = db.transaction((id: string, at: string) => {
    const programme = parse(records.programme, getProgramme.get(id));
    if (!programme) return false;
    putProgramme.run(records.programme.write({ ...programme, deletingAt: programme.deletingAt ?? at }), id);
    return true;
  });
  const erase = db.transaction((id: string) => {
    for (const table of TABLES) eraseRecords[table].run(id);
    eraseJoinCodes.run(id);
    eraseProgramme.run(id);
  });
  const revokeCode = db.transaction((programmeId: string, code: string, at: string) => {
    const found = parse(records.joinCode, getJoinCode.get(code));
    if (!found || found.programmeId !== programmeId) return null;
    const revoked = records.joinCode.validate({ ...found, revokedAt: found.revokedAt ?? at });
    putJoinCode.run(records.joinCode.write(revoked), programmeId, code);
    return revoked;
  });
  const grant = db.transaction((programmeId: string, inviteId: string, memberId: string | null) => ({
    programme: parse(records.programme, getProgramme.get(programmeId)),
    invite: get('invite', records.invite, programmeId, inviteId),
    member: memberId ? get('member', records.member, programmeId, memberId) : null,
  }));

  const snapshot = db.transaction(
    (id: string): ProgrammeSnapshot => ({
      programme: parse(records.programme, getProgramme.get(id)),
      boards: list('board', records.board, id).sort(byCreation((b) => b.createdAt)),
      members: list('member', records.member, id).sort(byCreation((m) => m.joinedAt)),
      invites: list('invite', records.invite, id).sort(byCreation((i) => i.createdAt)),
    }),
  );

  let closed = false;
  const open = () => {
    if (closed) throw new Error('sqlite programme store is closed');
  };
  const inserted = (result: Database.RunResult) => result.changes === 1;

  return {
    files,
    async createProgramme(programme) {
      open();
      statement('INSERT INTO programme (id, data) VALUES (?, ?)').run(
        programme.id,
        records.programme.write(programme),
      );
    },
    async getProgramme(id) {
      open();
      return parse(records.programme, getProgramme.get(id));
    },
    async markDeleting(id, at) {
      open();
      return markDeleting.immediate(id, at);
    },
    async deleteProgramme(id) {
      open();
      erase.immediate(id);
      // secure_delete zeroes the main file, but old page images stay in the WAL until a checkpoint
      // copies the zeroed pages back and TRUNCATE empties the WAL file.
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy) {
        options.logger?.warn(
          { programmeId: id },
          'programme store: WAL checkpoint busy; erased data may stay',
        );
      }
    },
    async addBoard(board: Board) {
      open();
      const data = records.board.write(board);
      return inserted(insertBoard.run(board.id, board.programmeId, board.docId, data, board.programmeId));
    },
    async renameBoard(programmeId, boardId, title) {
      open();
      return modify('board', records.board, programmeId, boardId, (board) => ({ ...board, title }));
    },
    async listBoards(programmeId) {
      open();
      return list('board', records.board, programmeId).sort(byCreation((b) => b.createdAt));
    },
    async trashBoard(programmeId, boardId, at) {
      open();
      return modify('board', records.board, programmeId, boardId, ({ deletedAt: _, ...board }) =>
        at ? { ...board, deletedAt: at } : board,
      );
    },
    async listTrashedBefore(before) {
      open();
      return trashedBefore.all(before).map((row) => records.board.read(row.data));
    },
    async purgeBoard(programmeId, boardId) {
      open();
      return eraseBoard.run(programmeId, boardId).changes === 1;
    },
    async findBoardByDoc(programmeId, docId) {
      open();
      return parse(records.board, boardByDoc.get(programmeId, docId));
    },
    async addMember(member: Member) {
      open();
      const data = records.member.write(member);
      return inserted(insertMember.run(member.id, member.programmeId, data, member.programmeId));
    },
    async listMembers(programmeId) {
      open();
      return list('member', records.member, programmeId).sort(byCreation((m) => m.joinedAt));
    },
    async addInvite(invite: Invite) {
      open();
      const data = records.invite.write(invite);
      return inserted(insertInvite.run(invite.id, invite.programmeId, data, invite.programmeId));
    },
    async listInvites(programmeId) {
      open();
      return list('invite', records.invite, programmeId).sort(byCreation((i) => i.createdAt));
    },
    async revokeInvite(programmeId, inviteId, at) {
      open();
      return modify('invite', records.invite, programmeId, inviteId, (invite) => ({
        ...invite,
        revokedAt: invite.revokedAt ?? at,
      }));
    },
    async addJoinCode(joinCode) {
      open();
      const data = records.joinCode.write(joinCode);
      return inserted(insertJoinCode.run(joinCode.code, joinCode.programmeId, data, joinCode.programmeId));
    },
    async findJoinCode(code) {
      open();
      return parse(records.joinCode, getJoinCode.get(code));
    },
    async listJoinCodes(programmeId) {
      open();
      return listJoinCodes
        .all(programmeId)
        .map((row) => records.joinCode.read(row.data))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.code.localeCompare(b.code));
    },
    async revokeJoinCode(programmeId, code, at) {
      open();
      return revokeCode.immediate(programmeId, code, at);
    },
    async getGrant(programmeId, inviteId, memberId) {
      open();
      return grant(programmeId, inviteId, memberId);
    },
    async loadSnapshot(id) {
      open();
      return snapshot(id);
    },
    async ping() {
      open();
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
