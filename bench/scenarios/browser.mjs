import { startBoardPeer } from '../lib/board-peer.mjs';
import {
  clockOffset,
  launch,
  loadChromium,
  navigationTiming,
  newProbedContext,
  pageMetrics,
  settle,
  timeRemoteEdit,
} from '../lib/browser.mjs';
import { sleep } from '../lib/procs.mjs';
import { mb, summarize } from '../lib/stats.mjs';
import { clientBuild, PROGRAMME, setUpProgramme, sharedBuild, startWebServer } from '../lib/web-app.mjs';

const ROWS = 200;
const NOTES = 2_000;
/** One remote edit every half second: a participant typing elsewhere, not a flood. */
const EDIT_EVERY_MS = 500;

/** The two boards: how to seed them, when the page has rendered them, what a remote edit changes. */
const BOARDS = [
  {
    name: `action plan, ${ROWS} rows`,
    kind: 'action-plan',
    counted: '[data-testid="action-table"] tbody tr',
    seed: (peer, docId, by) => peer.call('seedActionPlan', { docId, rows: ROWS, programme: PROGRAMME, by }),
    // Every row in the table, the last one with its text (a cell shows its text as DOM until it
    // is focused; builds before that had a textarea in every cell).
    ready: ({ rows, text }) => {
      const trs = document.querySelectorAll('[data-testid="action-table"] tbody tr');
      if (trs.length < rows) return false;
      const cell = trs[rows - 1]?.querySelector('[data-field="actions"]');
      const shown = cell instanceof HTMLTextAreaElement ? cell.value : cell?.textContent;
      return shown === text && performance.now();
    },
    readyArg: (seeded) => ({ rows: ROWS, text: seeded.lastActions }),
    // Rows spread over the table (not the last, which `ready` reads), each column in turn; the row
    // is scrolled into view first.
    target({ seeded }, k, tag) {
      const id = seeded.ids[(k * 37) % (seeded.ids.length - 1)];
      const column = seeded.columns[k % seeded.columns.length];
      const marker = `(changed by the mentor, ${tag})`;
      return {
        selector: `tr[data-item-id="${id}"] [data-field="${column}"]`,
        marker,
        // 'value' for a textarea, 'text' for a cell shown as text: decided in the page (cellMode).
        mode: 'cell',
        edit: { cmd: 'editRow', id, column, append: ` ${marker}` },
      };
    },
  },
  {
    name: `canvas, ${NOTES.toLocaleString('en')} stickies`,
    kind: 'canvas',
    counted: '.tl-shape',
    seed: (peer, docId) => peer.call('seedCanvas', { docId, notes: NOTES }),
    // tldraw holds every sticky and has drawn the first one's text.
    ready: ({ notes, text }) => {
      const editor = window.__board?.editor;
      if (!editor || editor.getCurrentPageShapeIds().size < notes) return false;
      return (
        document.querySelector('[data-shape-id="shape:note-0"]')?.textContent.includes(text) &&
        performance.now()
      );
    },
    readyArg: (seeded) => ({ notes: NOTES, text: seeded.firstText }),
    // Stickies wholly inside the viewport (found in the page once loaded, not the first, which
    // `ready` reads), each in turn.
    target({ onScreen }, k, tag) {
      const id = onScreen[k % onScreen.length];
      const marker = `(changed by the mentor, ${tag})`;
      return {
        selector: `[data-shape-id="${id}"]`,
        marker,
        mode: 'text',
        edit: { cmd: 'editNote', id, text: `Idea ${marker}` },
      };
    },
  },
];

function stickiesOnScreen() {
  const editor = window.__board?.editor;
  if (!editor) throw new Error('no canvas editor on the page');
  const view = editor.getViewportPageBounds();
  return [...editor.getCurrentPageShapeIds()].filter((id) => {
    if (id === 'shape:note-0') return false;
    const b = editor.getShapePageBounds(id);
    return b && b.minX >= view.minX && b.maxX <= view.maxX && b.minY >= view.minY && b.maxY <= view.maxY;
  });
}

/** One run on a fresh profile: open the board, time its first render, then the remote edits. */
async function runOnce({ browser, board, seeded, urls, peer, docId, edits, run }) {
  const context = await newProbedContext(browser);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The facilitator's link: the app keeps the session token, as for a person arriving by link.
    await page.goto(urls.programme);
    await page.getByRole('heading', { level: 2, name: 'Boards' }).waitFor();
    const counters = await pageMetrics(context, page);
    const profiler = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.send('Profiler.start');
    }
    const started = performance.now();
    await page.goto(urls.board, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(board.ready, board.readyArg(seeded), { polling: 'raf' });
    const firstRenderMs = await handle.jsonValue();
    // What the first render drew (a table may fill rows in afterwards: client engine/whole-rows.ts).
    const elementsAtReady = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      toolButtons: document.querySelectorAll('[data-testid="delete-item"]').length,
    }));
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.BENCH_PROFILE}-${board.kind}-${run}.cpuprofile`, JSON.stringify(profile));
      await profiler.detach();
    }
    const wallMs = performance.now() - started;
    const navigation = await navigationTiming(page);
    await page.locator('[data-testid="connection-status"][data-link="live"]').waitFor();
    await settle(page);
    const metrics = await counters.read();
    const longTasks = await page.evaluate(() => window.__longTasks);
    const busy = (f) => Math.round(longTasks.filter(f).reduce((a, [, d]) => a + d, 0));
    metrics.elementsAtReady = elementsAtReady;
    metrics.busyToReadyMs = busy(([s]) => s < firstRenderMs);
    metrics.busyAfterReadyMs = busy(([s]) => s >= firstRenderMs);
    await counters.detach();
    const inDom = await page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      board.counted,
    );
    const onScreen = board.kind === 'canvas' ? await page.evaluate(stickiesOnScreen) : [];
    const clock = await clockOffset(page);
    const samples = [];
    for (let k = 0; k < edits; k++) {
      const target = board.target({ seeded, onScreen }, k, `${run}.${k}`);
      if (target.mode === 'cell') {
        target.mode = await page.evaluate((s) => {
          const cell = document.querySelector(s);
          cell?.scrollIntoView({ block: 'center' });
          return cell instanceof HTMLTextAreaElement ? 'value' : 'text';
        }, target.selector);
      }
      await settle(page);
      const began = Date.now();
      const { cmd, ...args } = target.edit;
      samples.push(await timeRemoteEdit(page, clock, target, () => peer.call(cmd, { docId, ...args })));
      await sleep(Math.max(0, EDIT_EVERY_MS - (Date.now() - began)));
    }
    return {
      firstRenderMs,
      wallMs,
      navigation,
      ...metrics,
      inDom,
      onScreen: onScreen.length,
      clock,
      samples,
      errors,
    };
  } finally {
    await context.close();
  }
}

const round = (x) => (typeof x === 'number' ? Math.round(x) : x);
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

function summarizeBoard(runs) {
  const samples = runs.flatMap((r) => r.samples);
  const shown = (key) => samples.map((s) => s[key]).filter((v) => v !== null);
  return {
    firstRenderMs: round(median(runs.map((r) => r.firstRenderMs))),
    domContentLoadedMs: round(median(runs.map((r) => r.navigation?.domContentLoaded))),
    scriptMs: median(runs.map((r) => r.scriptMs)),
    styleLayoutMs: median(runs.map((r) => r.styleLayoutMs)),
    jsHeapMB: mb(median(runs.map((r) => r.jsHeapUsedBytes))),
    domNodes: round(median(runs.map((r) => r.domNodes))),
    toDom: summarize(shown('domMs')),
    toFrame: summarize(shown('frameMs')),
    missed: samples.filter((s) => s.domMs === null).length,
    edits: samples.length,
    pageErrors: [...new Set(runs.flatMap((r) => r.errors))].slice(0, 3),
  };
}

/**
 * Scenario 7: Chromium opens an action plan of 200 filled rows and a canvas of 2,000 stickies served
 * by our server; time to first render (median of 3 fresh profiles, 1 with --quick), then remote
 * edits by another participant (stock y-websocket provider in another process) until they are in the
 * page's DOM and a frame later (20 per run, 8 with --quick). No baseline: no ratios.
 */
export async function browser({ quick }) {
  const runs = quick ? 1 : 3;
  const edits = quick ? 8 : 20;
  const { chromium, missing } = await loadChromium();
  if (!chromium) return status(`skipped: ${missing} not found`);
  try {
    return report(await measure(chromium, runs, edits));
  } catch (error) {
    // As the other scenarios do: a failed setup is an error in the table, not the end of the bench.
    return status(`error: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  }
}

async function measure(chromium, runs, edits) {
  await sharedBuild();
  const clientDir = await clientBuild();
  const server = await startWebServer(clientDir);
  const peer = startBoardPeer();
  let chromiumProcess = null;
  const results = { clientDir, runs, editsPerRun: edits, editEveryMs: EDIT_EVERY_MS, boards: {} };
  try {
    const setup = await setUpProgramme(
      server.baseUrl,
      BOARDS.map((b) => b.kind),
    );
    const by = { memberId: setup.mentor.member.id, name: setup.mentor.member.displayName };
    const user = { ...by, color: '#1f77b4', role: 'mentor' };
    const programmeUrl = `${server.baseUrl}/programmes/${setup.programmeId}`;
    chromiumProcess = await launch(chromium);
    // BENCH_BOARDS=action-plan (or canvas) times one board alone, e.g. for an A/B of a client change.
    const only = process.env.BENCH_BOARDS?.split(',');
    for (const board of BOARDS.filter((b) => !only || only.includes(b.kind))) {
      console.log(`  ${board.name}`);
      const { id, docId } = setup.boards[board.kind];
      const urls = {
        programme: `${programmeUrl}#token=${encodeURIComponent(setup.token)}`,
        board: `${programmeUrl}/boards/${encodeURIComponent(id)}`,
      };
      try {
        // The peer stays on the board: the room is in the server's memory, as in a workshop.
        await peer.call('open', { serverUrl: server.syncUrl, docId, token: setup.mentor.token, user });
        const seeded = await board.seed(peer, docId, by);
        const perRun = [];
        for (let run = 1; run <= runs; run++) {
          const args = { browser: chromiumProcess, board, seeded, urls, peer, docId, edits, run };
          const last = await runOnce(args);
          perRun.push(last);
          console.log(
            `    run ${run}: first render ${round(last.firstRenderMs)} ms, edits ${describe(last)}`,
          );
        }
        results.boards[board.name] = { summary: summarizeBoard(perRun), runs: perRun };
      } catch (error) {
        const message = String(error instanceof Error ? error.message : error).split('\n')[0];
        console.log(`    failed: ${message}`);
        results.boards[board.name] = { error: message };
      }
    }
  } finally {
    await chromiumProcess?.close();
    await peer.call('close').catch(() => {});
    peer.stop();
    await server.stop();
  }
  return results;
}

function describe(run) {
  const dom = summarize(run.samples.map((s) => s.domMs).filter((v) => v !== null));
  return `→ DOM p50 ${dom.p50} ms, max ${dom.max} ms (${dom.n}/${run.samples.length})`;
}

function report(results) {
  const rows = Object.entries(results.boards).map(([name, r]) => {
    if (r.error) return [name, `error: ${r.error}`];
    const s = r.summary;
    return [
      name,
      s.firstRenderMs,
      s.scriptMs,
      s.styleLayoutMs,
      s.jsHeapMB,
      s.domNodes,
      s.toDom.p50,
      s.toDom.p95,
      s.toDom.max,
      s.toFrame.p50,
      s.toFrame.p95,
      s.toFrame.max,
      `${s.edits - s.missed}/${s.edits}`,
    ];
  });
  const { runs, editsPerRun } = results;
  return {
    title: `7. In the browser (Chromium; first render median of ${runs} run${runs > 1 ? 's' : ''}, ${editsPerRun} remote edits per run)`,
    columns: [
      'board',
      'first render ms',
      'main thread: script ms',
      'style+layout ms',
      'JS heap MB',
      'DOM nodes',
      'edit → DOM p50 ms',
      'p95 ms',
      'max ms',
      'edit → next frame p50 ms',
      'p95 ms',
      'max ms',
      'edits shown',
    ],
    rows,
    comparisons: [],
    results,
  };
}

function status(text) {
  console.log(`  ${text}`);
  return {
    title: '7. In the browser',
    columns: ['status'],
    rows: [[text]],
    comparisons: [],
    results: { status: text },
  };
}
