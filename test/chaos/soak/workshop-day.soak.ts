import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { afterAll, expect, it } from 'vitest';
import { connectSocketIo, createBoard, createProgramme, joinAs, TEST_SECRET } from '../../helpers/access.js';
import { type RedisServer, startRedis } from '../../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../../helpers/server-process.js';
import { letTimePass, waitFor } from '../../helpers/wait.js';
import { destroyAllClients } from '../../helpers/yjs-client.js';
import { readBack, Typist, tally, totals } from '../support/typists.js';
import { type Sample, writeSoakReport } from './soak-report.js';

/**
 * A workshop day compressed: 30 people on 4 boards, four sessions with a break after each (8 h at
 * 20x speed is 24 minutes; SOAK_MINUTES shortens it). Everyone types, moves canvas shapes, moves
 * cursors, votes, sees timers and reconnects now and then; in the breaks everyone leaves, so the
 * rooms must unload. Sampled every few seconds: the server's RSS, heap and open handles (a probe
 * preloaded into it), and Redis memory.
 */
const MINUTES = Number(process.env.SOAK_MINUTES ?? 24);
const DAY_MS = MINUTES * 60_000;
const PEOPLE = 30;
const BOARDS = 4;
const SPEED = (8 * 3_600_000) / DAY_MS; // workshop time per real time
/** Per 8 h day: four 105-minute sessions, each followed by a 15-minute break. */
const SESSION_MS = (105 / 480) * DAY_MS;
const BREAK_MS = (15 / 480) * DAY_MS;
const ROLES = ['mentee', 'mentor', 'association', 'local-support'] as const;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let redis: RedisServer | undefined;
let server: ServerProcess | undefined;
const people: Typist[] = [];
const sockets: Socket[] = [];
const probeFile = () => path.join(os.tmpdir(), 'soak-probe.jsonl');
afterAll(async () => {
  for (const person of people) person.destroy();
  for (const socket of sockets) socket.disconnect();
  destroyAllClients();
  await server?.stop();
  await redis?.stop();
  // After the server stopped: its probe writes a sample every 5 s until then and would make it again.
  fs.rmSync(probeFile(), { force: true });
});

const redisMemory = (port: number): number => {
  const info = execFileSync('redis-cli', ['-p', String(port), 'info', 'memory'], { encoding: 'utf8' });
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
};

it(
  `a workshop day (${MINUTES} min real time): bounded memory, rooms unload, no error, every confirmed edit kept`,
  async () => {
    const probe = probeFile();
    redis = await startRedis({ appendfsync: 'always' });
    server = await startServer({
      SECRET: TEST_SECRET,
      REDIS_URL: redis.url,
      NODE_OPTIONS: `--import=${path.join(root, 'test/chaos/soak/probe.mjs')}`,
      SOAK_PROBE_FILE: probe,
    });
    const node = server;
    const { programme, facilitatorToken } = await createProgramme(node.httpUrl, 'soak');
    const boards: { id: string; docId: string }[] = [];
    for (let i = 0; i < BOARDS; i++)
      boards.push(await createBoard(node.httpUrl, facilitatorToken, programme.id, 'canvas'));
    const tokens: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const role = ROLES[i % ROLES.length] as (typeof ROLES)[number];
      tokens.push((await joinAs(node.httpUrl, facilitatorToken, programme.id, role, `Person ${i}`)).token);
    }
    for (let i = 0; i < PEOPLE; i++) {
      const board = boards[i % BOARDS]!;
      people.push(new Typist(`p${i}`, node.wsUrl, board.docId, tokens[i]!));
      const socket = connectSocketIo(node.httpUrl, tokens[i]);
      sockets.push(socket);
    }
    const facilitator = connectSocketIo(node.httpUrl, facilitatorToken);
    sockets.push(facilitator);
    const send = (socket: Socket, event: string, payload: unknown) =>
      socket
        .timeout(5_000)
        .emitWithAck(event, payload)
        .catch(() => null) as Promise<{ ok: boolean; data?: { id?: string } } | null>;

    const samples: Sample[] = [];
    const startedAt = Date.now();
    const sample = () => {
      const lines = fs.existsSync(probe) ? fs.readFileSync(probe, 'utf8').trim().split('\n') : [];
      const last = JSON.parse(lines.at(-1) ?? '{}') as Partial<Sample>;
      const logs = node.logs;
      samples.push({
        minute: ((Date.now() - startedAt) * SPEED) / 60_000,
        rss: last.rss ?? 0,
        heapUsed: last.heapUsed ?? 0,
        external: last.external ?? 0,
        handles: last.handles ?? 0,
        redisMemory: redisMemory(redis!.port),
        roomsUnloaded: logs.filter((line) => line.includes('"room unloaded"')).length,
        errors: logs.filter((line) => /"level":(50|60)/.test(line)).length,
      });
    };
    const sampler = setInterval(sample, 5_000);

    const counts = { edits: 0, moves: 0, cursors: 0, votesCast: 0, votesOpened: 0, timers: 0, reconnects: 0 };
    let tick: NodeJS.Timeout | undefined;
    try {
      for (let session = 0; session < 4; session++) {
        for (const person of people) person.moveTo(node.wsUrl);
        await Promise.all(people.map((person) => person.client.synced(60_000)));
        for (const socket of sockets) await send(socket, 'session:join', {});
        const started = await send(facilitator, 'timer:start', {
          durationMs: Math.min(4 * 3_600_000, 25 * 60_000),
        });
        if (started?.ok) counts.timers += 1;
        const sessionEnds = Date.now() + SESSION_MS;
        // One action per person per second of real time: at 20x, one every 20 s of workshop time.
        tick = setInterval(() => {
          for (const [i, person] of people.entries()) {
            const roll = Math.random();
            if (roll < 0.4) {
              person.type();
              person.doc.getText('text').insert(0, `${i} `);
              counts.edits += 1;
            } else if (roll < 0.7) {
              person.doc.getMap('map').set(`shape:${i}`, { x: Math.random() * 1000, y: Math.random() * 800 });
              counts.moves += 1;
            } else if (roll < 0.995) {
              person.client.provider.awareness.setLocalStateField('cursor', {
                x: Math.random(),
                y: Math.random(),
              });
              counts.cursors += 1;
            } else {
              // Now and then a laptop sleeps and wakes: a reconnect.
              person.moveTo(node.wsUrl);
              counts.reconnects += 1;
            }
          }
        }, 1_000);
        // A vote in the middle of each session.
        await letTimePass(SESSION_MS / 2); // the first half of the session's activity
        const board = boards[session % BOARDS]!;
        const opened = await send(facilitator, 'vote:open', {
          boardId: board.id,
          title: `Session ${session}`,
          dotsPerPerson: 2,
          anonymous: false,
        });
        if (opened?.ok) {
          counts.votesOpened += 1;
          for (const socket of sockets.slice(0, PEOPLE)) {
            const cast = await send(socket, 'vote:cast', {
              boardId: board.id,
              voteId: opened.data?.id,
              itemId: `idea-${session}`,
            });
            if (cast?.ok) counts.votesCast += 1;
          }
          await send(facilitator, 'vote:close', { boardId: board.id, voteId: opened.data?.id });
        }
        await letTimePass(Math.max(0, sessionEnds - Date.now())); // the rest of the session
        clearInterval(tick);
        await Promise.all(people.map((person) => person.allConfirmed(60_000))).catch((error: Error) => {
          if (process.env.SOAK_DUMP_LOGS) fs.writeFileSync(process.env.SOAK_DUMP_LOGS, node.logs.join('\n'));
          throw error;
        });
        await send(facilitator, 'timer:reset', {});
        // The break: everyone leaves the boards, so every room must unload.
        for (const person of people) person.leave();
        const unloadedBefore = node.logs.filter((line) => line.includes('"room unloaded"')).length;
        await waitFor(
          () =>
            node.logs.filter((line) => line.includes('"room unloaded"')).length >= unloadedBefore + BOARDS,
          { timeoutMs: Math.max(BREAK_MS, 30_000), what: 'every room to unload in the break' },
        );
        await letTimePass(Math.max(0, BREAK_MS - 10_000)); // the rest of the break
      }
    } finally {
      clearInterval(tick);
      clearInterval(sampler);
    }
    sample();
    const rows = [];
    for (const board of boards) {
      const onBoard = people.filter((_, i) => boards[i % BOARDS] === board);
      rows.push(...tally(await readBack(node.wsUrl, board.docId, facilitatorToken), onBoard));
    }
    const figures = totals(rows);
    const errorLines = node.logs.filter((line) => /"level":(50|60)/.test(line));
    const file = writeSoakReport(path.join(root, 'bench/results'), {
      minutes: MINUTES,
      speed: SPEED,
      people: PEOPLE,
      boards: BOARDS,
      counts,
      figures,
      samples,
      errors: errorLines.slice(0, 10),
    });
    process.stdout.write(`[soak] report: ${file}\n`);
    if (process.env.SOAK_DUMP_LOGS) fs.writeFileSync(process.env.SOAK_DUMP_LOGS, node.logs.join('\n'));
    expect(errorLines).toEqual([]);
    for (const row of rows) expect(row.confirmedFound).toBe(row.confirmed);
  },
  MINUTES * 60_000 * 1.5 + 300_000,
);
