import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest `globalSetup` (every project): a test run leaves no process and no temporary folder behind.
 *
 * Setup gives the run its own temporary folder (`TMPDIR`, which Node's `os.tmpdir()`, redis-server's
 * helper, Playwright and Chromium all honour) and a marker in the environment (`MB_TEST_RUN`) that
 * every process the run starts inherits. Teardown then fails the run, naming them, if a marked
 * process is still alive or anything is left in that folder; it kills and removes what it names, so
 * one careless test does not leave the machine dirty. The marker, not a process name, says what is
 * ours: other runs on the same machine (and their redis-servers and browsers) are never touched.
 *
 * Worker processes are still alive at teardown, so a process that only a worker's exit hook would
 * have killed counts as left behind: each test must stop what it started.
 */

interface Run {
  id: string;
  dir: string;
  users: number;
  previousTmpdir: string | undefined;
}

// Several projects of one vitest invocation each run this setup in the same process: they share one
// run, and the last teardown checks it.
const state = globalThis as { __mentoringTestRun?: Run };

/** How long teardown waits for processes and folders that are on their way out. */
const SETTLE_MS = 10_000;

export default function setup(): () => Promise<void> {
  if (!state.__mentoringTestRun) {
    const id = randomUUID();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-test-run-'));
    state.__mentoringTestRun = { id, dir, users: 0, previousTmpdir: process.env.TMPDIR };
    process.env.MB_TEST_RUN = id;
    process.env.TMPDIR = dir;
  }
  const run = state.__mentoringTestRun;
  run.users += 1;
  return async () => {
    run.users -= 1;
    if (run.users > 0) return;
    state.__mentoringTestRun = undefined;
    if (run.previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = run.previousTmpdir;
    delete process.env.MB_TEST_RUN;
    await checkNothingLeft(run);
  };
}

async function checkNothingLeft(run: Run): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  let processes = leftoverProcesses(run.id);
  let files = leftoverFiles(run.dir);
  while ((processes.length > 0 || files.length > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    processes = leftoverProcesses(run.id);
    files = leftoverFiles(run.dir);
  }
  for (const { pid } of processes) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone in the meantime.
    }
  }
  fs.rmSync(run.dir, { recursive: true, force: true });
  if (processes.length === 0 && files.length === 0) return;
  const lines = [
    ...processes.map(({ pid, command }) => `  process ${pid}: ${command}`),
    ...files.map((name) => `  temporary ${name}`),
  ];
  // A teardown error alone is only logged by vitest: make the run fail too.
  process.exitCode = 1;
  throw new Error(`the test run left these behind (now killed and removed):\n${lines.join('\n')}`);
}

/** Live processes carrying this run's marker, except vitest's own (this process and its workers). */
function leftoverProcesses(id: string): { pid: number; command: string }[] {
  const marker = `MB_TEST_RUN=${id}`;
  const found: { pid: number; command: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(marker)) continue;
      // A zombie is dead already; its parent just has not collected it yet.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      if (/node_modules\/(vitest|tinypool)\//.test(command)) continue;
      found.push({ pid, command: command.slice(0, 200) });
    } catch {
      // Not ours to read (another user), or exited while we looked.
    }
  }
  return found;
}

/** What is in the run's temporary folder (first level), with a count of what each folder holds. */
function leftoverFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
    if (!entry.isDirectory()) return entry.name;
    const count = fs.readdirSync(path.join(dir, entry.name), { recursive: true }).length;
    return `${entry.name}/ (${count} entries)`;
  });
}
