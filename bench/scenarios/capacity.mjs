import { compare } from '../lib/compare.mjs';
import { onServer } from '../lib/on-server.mjs';
import { runRooms } from './many-rooms.mjs';
import { runRoom } from './room-load.mjs';

const PLENARY_SERVERS = ['ours-4n', 'hp-redis-4n'];
const IDLE_SERVERS = ['ours', 'ours-redis', 'ywss'];

/**
 * Scenario 10, how cost grows past one node: (a) a plenary of 1,000 people spread over four nodes on
 * one Redis, a few of them editing, everyone present (awareness); (b) 10,000 idle rooms on one node,
 * one person each, then everyone leaves and the rooms' idle time passes. The capacity table in the
 * README is read from these figures.
 */
export async function capacity({ quick }) {
  const people = quick ? 200 : 1_000;
  const rooms = quick ? 1_000 : 10_000;
  const durationMs = quick ? 10_000 : 20_000;
  const plenary = {};
  for (const name of PLENARY_SERVERS) {
    console.log(`  plenary of ${people} over 4 nodes: ${name}`);
    plenary[name] = await onServer(
      name,
      (d) => runRoom(d, { people, editors: 50, durationMs, editsPerSecond: 10 }),
      300_000,
    );
  }
  const idle = {};
  for (const name of IDLE_SERVERS) {
    console.log(`  ${rooms} idle rooms: ${name}`);
    idle[name] = await onServer(name, (d) => runRooms(d, { rooms, perRoom: 1 }), 900_000);
  }
  const rows = [
    ...Object.entries(plenary).map(([name, r]) =>
      r.error
        ? [`plenary ${people}`, name, `error: ${r.error}`]
        : [
            `plenary ${people}`,
            name,
            r.latencyMs.p50,
            r.latencyMs.p99,
            `${r.delivered}/${r.expected}`,
            r.bytesPerPersonPerSec,
            r.redisCommandsPerEdit ?? 'n/a',
            r.redisBytesPerEdit ?? 'n/a',
            r.peakRssMB,
            '',
            '',
          ],
    ),
    ...Object.entries(idle).map(([name, r]) =>
      r.error
        ? [`${rooms} idle rooms`, name, `error: ${r.error}`]
        : [
            `${rooms} idle rooms`,
            name,
            r.connectSyncMs.p50,
            r.connectSyncMs.p99,
            `${r.connections} connected`,
            '',
            '',
            '',
            r.connectedRssMB,
            r.rssPerRoomKB,
            r.retainedPerRoomKB,
          ],
    ),
  ];
  return {
    title: `10. Capacity (a plenary of ${people} over 4 nodes on one Redis, 50 editors, 10 edits/s; ${rooms} idle rooms on one node, 1 person each)`,
    columns: [
      'case',
      'server',
      'p50 ms (edit / connect+sync)',
      'p99 ms',
      'delivered',
      'bytes/person/s',
      'Redis commands/edit',
      'Redis bytes/edit',
      'peak or connected RSS MB',
      'RSS/room KB',
      'kept/room KB after idle',
    ],
    rows,
    comparisons: [
      ...compare(`plenary ${people} over 4 nodes edit p99 ms`, plenary, (r) => r.latencyMs?.p99),
      ...compare(`plenary ${people} over 4 nodes bytes/person/s`, plenary, (r) => r.bytesPerPersonPerSec),
      ...compare(`${rooms} idle rooms RSS/room KB`, idle, (r) => r.rssPerRoomKB),
      ...compare(`${rooms} idle rooms connect+sync p99 ms`, idle, (r) => r.connectSyncMs?.p99),
    ],
    results: { plenary, idle },
  };
}
