// `node bench/awareness-model.mjs [<server dist dir>]`: the plenary's awareness traffic without a
// network or a loaded machine. Our server's cursor batcher (server/dist/sync/awareness-batcher.js,
// or another build's) on a fake clock: N people whose cursors move at 10 Hz (phases spread over the
// 100 ms), 10 s; prints what all clients together receive a second at 75 and 300 people and the
// growth exponents, as scenario 2 measures them. The batching policy alone sets these figures; the
// scenario on a quiet machine matched them within 5 % (2026-12-02: 4,691 and 24,303 KB/s measured,
// 4,466 and 24,463 here for that build).
import { fileURLToPath } from 'node:url';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';

const dist = process.argv[2] ?? fileURLToPath(new URL('../server/dist', import.meta.url));
const { AwarenessBatcher } = await import(`${dist}/sync/awareness-batcher.js`);

let now = 0;
/** @type {{ at: number, fn: () => void }[]} */
const timers = [];
// The batcher's timers run on this fake clock.
globalThis.setTimeout = /** @type {any} */ (
  (/** @type {() => void} */ fn, /** @type {number} */ ms) => {
    const timer = { at: now + ms, fn };
    timers.push(timer);
    return timer;
  }
);
globalThis.clearTimeout = /** @type {any} */ (
  (/** @type {any} */ timer) => {
    const i = timers.indexOf(timer);
    if (i >= 0) timers.splice(i, 1);
  }
);

/** @param {number} people */
function run(people) {
  const quiet = () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    clearInterval(/** @type {any} */ (awareness)._checkInterval);
    return awareness;
  };
  const room = quiet();
  room.setLocalState(null);
  const others = Array.from({ length: people }, quiet);
  let bytes = 0;
  let messages = 0;
  const batcher = new AwarenessBatcher(room, (/** @type {Uint8Array} */ update) => {
    bytes += update.length * people;
    messages += people;
  });
  for (now = 0; now < 10_000; now += 1) {
    for (let i = 0; i < people; i++) {
      if ((now + Math.floor((i * 100) / people)) % 100 !== 0) continue;
      const other = /** @type {awarenessProtocol.Awareness} */ (others[i]);
      other.setLocalState({
        user: { name: `Person ${i}`, color: '#30bced' },
        cursor: { x: now % 997, y: i },
      });
      const update = awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]);
      awarenessProtocol.applyAwarenessUpdate(room, update, 'client');
    }
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fn();
    }
  }
  batcher.destroy();
  return { kbPerSecond: Math.round(bytes / 10 / 1000), messagesPerSecond: Math.round(messages / 10) };
}

const small = run(75);
const large = run(300);
const exponent = (/** @type {number} */ a, /** @type {number} */ b) =>
  Math.round((Math.log(b / a) / Math.log(4)) * 100) / 100;
console.log(
  JSON.stringify({
    75: small,
    300: large,
    growthExponent: {
      messages: exponent(small.messagesPerSecond, large.messagesPerSecond),
      bytes: exponent(small.kbPerSecond, large.kbPerSecond),
    },
  }),
);
process.exit(0);
