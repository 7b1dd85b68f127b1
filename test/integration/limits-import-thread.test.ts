import fs from 'node:fs';
import http from 'node:http';
import { getPriority } from 'node:os';
import { CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import { type Backup, BackupSchema, IMPORT_BODY_LIMIT } from '@mentoring/shared/schema/exports';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, createProgramme, TEST_SECRET } from '../helpers/access.js';
import { download } from '../helpers/exports.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

/** Boards per imported body and text per board: a body of ~12 MB, under every import limit. */
const BOARDS = 3;
const TEXT = 3_000_000;

/** A real backup of a programme (from its backup ZIP), its boards swapped for `BOARDS` large ones. */
async function largeBackup(server: ServerProcess): Promise<Backup> {
  const { programme, facilitatorToken } = await createProgramme(server.httpUrl, 'import thread');
  await createBoard(server.httpUrl, facilitatorToken, programme.id, 'canvas');
  const zip = await download(server.httpUrl, `/api/programmes/${programme.id}/backup`, facilitatorToken);
  const backup = BackupSchema.parse(
    JSON.parse(Buffer.from(unzipSync(zip.body)['backup.json'] ?? []).toString()),
  );
  const [board] = backup.boards;
  if (!board) throw new Error('the backup has no board');
  const doc = new Y.Doc();
  doc.getMap('store').set('shape:big', { type: 'note', text: 'x'.repeat(TEXT) });
  const yjsUpdate = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  const boards = Array.from({ length: BOARDS }, (_, at) => ({
    ...board,
    id: `${board.id.slice(0, 16)}${String(at).padStart(6, '0')}`,
    yjsUpdate,
  }));
  return { ...backup, boards } as Backup;
}

/** Nice value of each thread of a process now, by thread id (Linux /proc; empty elsewhere). */
function threadNices(pid: number): Map<number, number> {
  const tasks = `/proc/${pid}/task`;
  const nices = new Map<number, number>();
  if (!fs.existsSync(tasks)) return nices;
  for (const tid of fs.readdirSync(tasks)) {
    try {
      const stat = fs.readFileSync(`${tasks}/${tid}/stat`, 'utf8');
      // Fields after the command name's closing parenthesis; nice is field 19, so index 16 here.
      nices.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return nices;
}

describe('imports run off the main thread', () => {
  let server: ServerProcess;
  let backup: Backup;
  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET, IMPORTS_IN_PROGRESS: '2', IMPORTS_PER_HOUR: '100' });
    backup = await largeBackup(server);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /healthz while two large imports are received and prepared, and imports them whole', async () => {
    const body = Buffer.from(JSON.stringify(backup));
    let importsAnswered = false;
    let answeredDuring = 0;
    let failedProbes = 0;
    const nices = new Set<number>();
    // Probes one after another while the imports run; none may fail, and some must be answered
    // before the imports are (health is not queued behind an import).
    const probing = (async () => {
      while (!importsAnswered) {
        const ok = await fetch(`${server.httpUrl}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ok) failedProbes += 1;
        else if (!importsAnswered) answeredDuring += 1;
        for (const nice of threadNices(server.pid).values()) nices.add(nice);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const imports = await Promise.all(
      [0, 1].map(() =>
        fetch(`${server.httpUrl}/api/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }).then(async (r) => ({ status: r.status, json: await r.json() })),
      ),
    );
    importsAnswered = true;
    await probing;

    expect(imports.map((r) => r.status)).toEqual([201, 201]);
    expect(failedProbes).toBe(0);
    expect(answeredDuring).toBeGreaterThan(0);
    // The import worker ran at nice 10 (Linux only; elsewhere the priority is left alone).
    if (fs.existsSync('/proc/thread-self')) expect(nices).toContain(10);
    // The main thread itself was never reniced (it runs at the nice value it was started with).
    if (fs.existsSync('/proc/thread-self'))
      expect(threadNices(server.pid).get(server.pid)).toBe(getPriority());

    // Each board arrived whole, though its state was handed to the store thread without a copy.
    for (const { json } of imports) {
      const made = CreateProgrammeResponseSchema.parse(json);
      const exported = await fetch(`${server.httpUrl}/api/programmes/${made.programme.id}/export`, {
        headers: { authorization: `Bearer ${made.facilitatorToken}` },
      }).then((r) => r.json() as Promise<{ boards: { yjsUpdate: string }[] }>);
      expect(exported.boards).toHaveLength(BOARDS);
      for (const board of exported.boards) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Buffer.from(board.yjsUpdate, 'base64'));
        const note = doc.getMap('store').get('shape:big') as { text: string } | undefined;
        expect(note?.text.length).toBe(TEXT);
      }
    }
  });

  it('refuses (413) a body declared over the limit before reading it, and keeps answering', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${server.httpUrl}/api/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': IMPORT_BODY_LIMIT + 1 },
      });
      request.once('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.once('error', reject);
      request.write('{"version":');
    });
    expect(status).toBe(413);
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
  });
});
