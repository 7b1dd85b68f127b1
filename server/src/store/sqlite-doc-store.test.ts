import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { CompactionPolicy } from './doc-store.js';
import { docStoreContract } from './doc-store-contract.js';
import { createSqliteDocStore, type SqliteDocStore } from './sqlite-doc-store.js';

async function sqliteFixture(policy: CompactionPolicy) {
  const dir = await mkdtemp(join(tmpdir(), 'sqlite-doc-store-'));
  const stores: SqliteDocStore[] = [];
  const reopen = async () => {
    const store = await createSqliteDocStore({ dir, policy });
    stores.push(store);
    return store;
  };
  const store = await reopen();
  return {
    store,
    reopen,
    dir,
    cleanup: async () => {
      await Promise.all(stores.map((s) => s.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

docStoreContract('sqlite', ({ policy }) => sqliteFixture(policy));

describe('sqlite doc store', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  async function fileContains(path: string, marker: string): Promise<boolean> {
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    return bytes.includes(Buffer.from(marker, 'utf8'));
  }

  it('leaves no erased content in the database or WAL file', async () => {
    const fixture = await sqliteFixture({ maxUpdates: 4, maxBytes: 1024 ** 3 });
    cleanup = fixture.cleanup;
    const { store } = fixture;
    const marker = 'GDPR-MARKER-7f3a9c';
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 10; i++) doc.getText('t').insert(0, `${marker}-${i} `);
    for (const u of updates) await store.append('secret', [u]);
    await store.append('kept', [Y.encodeStateAsUpdate(new Y.Doc())]);
    const found = await Promise.all([
      fileContains(store.files.db, marker),
      fileContains(store.files.wal, marker),
    ]);
    expect(found.some(Boolean)).toBe(true);

    await store.delete('secret');

    expect(await fileContains(store.files.db, marker)).toBe(false);
    expect(await fileContains(store.files.wal, marker)).toBe(false);
    expect(await store.load('secret')).toEqual([]);
  });

  it('compacts once the appends pause, not in the middle of a burst (at twice the policy at once)', async () => {
    const fixture = await sqliteFixture({ maxUpdates: 10, maxBytes: 1024 ** 3 });
    cleanup = fixture.cleanup;
    const { store } = fixture;
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 60; i++) doc.getText('t').insert(0, `${i} `);
    // Over the policy (10), under twice it: nothing compacted while the burst goes on.
    for (const u of updates.slice(0, 15)) await store.append('doc', [u]);
    expect(await store.load('doc')).toHaveLength(15);
    // The pause: compacted within the quiet time (250 ms).
    await vi.waitFor(async () => expect(await store.load('doc')).toHaveLength(1), { timeout: 5_000 });
    // A burst that never pauses: compacted once the log holds twice the policy (20), during it.
    for (const u of updates.slice(15)) await store.append('doc', [u]);
    expect((await store.load('doc')).length).toBeLessThan(1 + 45);
    const copy = new Y.Doc();
    for (const u of await store.load('doc')) Y.applyUpdate(copy, u);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('rejects calls after close', async () => {
    const fixture = await sqliteFixture({ maxUpdates: 500, maxBytes: 1024 ** 2 });
    cleanup = fixture.cleanup;
    await fixture.store.close();
    await expect(fixture.store.append('doc', [new Uint8Array([0, 0])])).rejects.toThrow(/closed/);
    await expect(fixture.store.load('doc')).rejects.toThrow(/closed/);
  });
});
