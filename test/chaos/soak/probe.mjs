// Preloaded into the soak's server (NODE_OPTIONS=--import): every second, one JSON line of the
// process's own memory and open handles to SOAK_PROBE_FILE. Only the soak uses it; the server's
// code is unchanged.
import fs from 'node:fs';

const file = process.env.SOAK_PROBE_FILE;
if (file) {
  const timer = setInterval(() => {
    const memory = process.memoryUsage();
    const line = {
      t: Date.now(),
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      external: memory.external,
      handles: process.getActiveResourcesInfo().length,
    };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 1_000);
  timer.unref();
}
