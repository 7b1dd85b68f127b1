import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  byId,
  type NetworkKind,
  type NetworkRecord,
  type NetworkStore,
  readNetwork,
  readOf,
  writeNetwork,
  writeOf,
} from './network-store.js';

type Row = { data: string };

/** The SQLite {@link NetworkStore} and its file (for erasure tests). */
export interface SqliteNetworkStore extends NetworkStore {
  readonly file: string;
}

/**
 * Opens (creating if needed) `<dir>/networks.sqlite`. Its own file beside the programme database:
 * networks are few and small, and keeping them apart leaves the programme store's worker untouched.
 */
export async function createSqliteNetworkStore(options: { dir: string }): Promise<SqliteNetworkStore> {
  await mkdir(options.dir, { recursive: true });
  const file = join(options.dir, 'networks.sqlite');
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Erased records are overwritten with zeros rather than left in free pages (GDPR).
  db.pragma('secure_delete = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS network (id TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS network_record (
      network_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
      PRIMARY KEY (network_id, kind, id));
    CREATE TABLE IF NOT EXISTS network_lease (
      network_id TEXT NOT NULL, key TEXT NOT NULL, holder TEXT NOT NULL, expires_at INTEGER NOT NULL,
      PRIMARY KEY (network_id, key));
  `);
  const statement = (sql: string) => db.prepare<unknown[], Row>(sql);
  const getNetwork = statement('SELECT data FROM network WHERE id = ?');
  const putNetwork = statement('UPDATE network SET data = ? WHERE id = ?');
  // Written only while the network exists, so a write racing its erasure leaves nothing behind.
  const upsert = statement(
    `INSERT INTO network_record (network_id, kind, id, data) SELECT ?, ?, ?, ?
     WHERE EXISTS (SELECT 1 FROM network WHERE id = ?)
     ON CONFLICT (network_id, kind, id) DO UPDATE SET data = excluded.data`,
  );
  const insertNew = statement(
    `INSERT INTO network_record (network_id, kind, id, data) SELECT ?, ?, ?, ?
     WHERE EXISTS (SELECT 1 FROM network WHERE id = ?)
     ON CONFLICT (network_id, kind, id) DO NOTHING`,
  );
  const getRecord = statement('SELECT data FROM network_record WHERE network_id = ? AND kind = ? AND id = ?');
  const listRecords = statement('SELECT data FROM network_record WHERE network_id = ? AND kind = ?');
  const removeRecord = statement('DELETE FROM network_record WHERE network_id = ? AND kind = ? AND id = ?');
  const eraseRecords = statement('DELETE FROM network_record WHERE network_id = ?');
  const eraseNetwork = statement('DELETE FROM network WHERE id = ?');
  const eraseLeases = statement('DELETE FROM network_lease WHERE network_id = ?');
  const getLease = db.prepare<unknown[], { holder: string; expires_at: number }>(
    'SELECT holder, expires_at FROM network_lease WHERE network_id = ? AND key = ?',
  );
  const putLease = statement(
    `INSERT INTO network_lease (network_id, key, holder, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (network_id, key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
  );
  const dropLease = statement('DELETE FROM network_lease WHERE network_id = ? AND key = ? AND holder = ?');

  // Read and write in one IMMEDIATE transaction: the write lock is taken before the read, so two
  // processes on one file cannot both see the lease free.
  const lease = db.transaction((networkId: string, key: string, holder: string, ttlMs: number) => {
    if (!getNetwork.get(networkId)) return false;
    const now = Date.now();
    const held = getLease.get(networkId, key);
    if (held && held.holder !== holder && held.expires_at > now) return false;
    putLease.run(networkId, key, holder, now + ttlMs);
    return true;
  });

  const markDeleting = db.transaction((id: string, at: string) => {
    const row = getNetwork.get(id);
    if (!row) return false;
    const network = readNetwork(row.data);
    putNetwork.run(writeNetwork({ ...network, deletingAt: network.deletingAt ?? at }), id);
    return true;
  });
  const erase = db.transaction((id: string) => {
    eraseRecords.run(id);
    eraseLeases.run(id);
    eraseNetwork.run(id);
  });
  let closed = false;
  const open = () => {
    if (closed) throw new Error('sqlite network store is closed');
  };

  return {
    file,
    async createNetwork(network) {
      open();
      statement('INSERT INTO network (id, data) VALUES (?, ?)').run(network.id, writeNetwork(network));
    },
    async getNetwork(id) {
      open();
      const row = getNetwork.get(id);
      return row ? readNetwork(row.data) : null;
    },
    async markDeleting(id, at) {
      open();
      return markDeleting.immediate(id, at);
    },
    async deleteNetwork(id) {
      open();
      erase.immediate(id);
      // Old page images stay in the WAL until a checkpoint copies the zeroed pages back.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async put<K extends NetworkKind>(kind: K, record: NetworkRecord<K>) {
      open();
      const data = writeOf(kind, record);
      return upsert.run(record.networkId, kind, record.id, data, record.networkId).changes === 1;
    },
    async putNew<K extends NetworkKind>(kind: K, record: NetworkRecord<K>) {
      open();
      // One statement under SQLite's write lock: two processes on one file cannot both insert.
      const data = writeOf(kind, record);
      return insertNew.run(record.networkId, kind, record.id, data, record.networkId).changes === 1;
    },
    async get<K extends NetworkKind>(kind: K, networkId: string, id: string) {
      open();
      const row = getRecord.get(networkId, kind, id);
      return row ? readOf(kind, row.data) : null;
    },
    async list<K extends NetworkKind>(kind: K, networkId: string) {
      open();
      return listRecords
        .all(networkId, kind)
        .map((row) => readOf(kind, row.data))
        .sort(byId);
    },
    async remove(kind, networkId, id) {
      open();
      return removeRecord.run(networkId, kind, id).changes === 1;
    },
    async lease(networkId, key, holder, ttlMs) {
      open();
      return lease.immediate(networkId, key, holder, ttlMs);
    },
    async release(networkId, key, holder) {
      open();
      dropLease.run(networkId, key, holder);
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
