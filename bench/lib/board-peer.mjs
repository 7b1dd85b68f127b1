/**
 * Another participant of scenario 7, in its own process: the stock y-websocket provider on the
 * product's Yjs, seeding the boards and then making the remote edits the browser must show. It is
 * a separate process because the bench's main process already holds the bench's own Yjs, and two
 * Yjs copies in one process break Yjs's constructor checks (shared/dist needs the product's).
 *
 * Commands over IPC ({id, cmd, args} → {id, result} or {id, error}); times are on the machine-wide
 * monotonic clock (process.hrtime), the one the bench calibrates the page's clock against.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { track } from './procs.mjs';

const SELF = fileURLToPath(import.meta.url);

/** Forks the peer; `call(cmd, args)` resolves the command's result; `stop()` kills it. */
export function startBoardPeer() {
  const child = track(fork(SELF, ['--board-peer'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const waiting = new Map();
  let nextId = 1;
  child.on('message', ({ id, result, error }) => {
    const entry = waiting.get(id);
    waiting.delete(id);
    if (error) entry?.reject(new Error(`board peer: ${error}`));
    else entry?.resolve(result);
  });
  child.on('error', () => {}); // a send after it died; its 'exit' rejects what was waiting
  child.on('exit', (code) => {
    for (const entry of waiting.values()) entry.reject(new Error(`board peer exited (${code})`));
    waiting.clear();
  });
  return {
    call(cmd, args = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (!child.connected) return reject(new Error(`board peer is gone (${cmd})`));
        waiting.set(id, { resolve, reject });
        child.send({ id, cmd, args });
      });
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function runPeer() {
  const seed = await import('./seed-boards.mjs');
  const Y = await seed.importFromProduct('yjs');
  const { WebsocketProvider } = await seed.importFromProduct('y-websocket');
  const { default: WebSocket } = await import('ws');
  const { trackSaveState } = await import('../../shared/dist/protocol/save-state.js');
  const { CONFIRM_PARAM } = await import('../../shared/dist/protocol/messages.js');
  /** docId → { doc, provider, saves } */
  const open = new Map();
  const docOf = (docId) => {
    const entry = open.get(docId);
    if (!entry) throw new Error(`document ${docId} is not open`);
    return entry.doc;
  };
  const saved = (docId) => {
    const { saves } = open.get(docId);
    return waitFor(() => saves.state === 'saved', `save of ${docId}`);
  };

  const commands = {
    async open({ serverUrl, docId, token, user }) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(serverUrl, docId, doc, {
        WebSocketPolyfill: WebSocket,
        params: { token, [CONFIRM_PARAM]: '1' },
        connect: false,
        disableBc: true,
      });
      const saves = trackSaveState(provider);
      // As the web client does, so that the page lists this peer as a member on the board.
      provider.awareness.setLocalStateField('user', user);
      provider.connect();
      open.set(docId, { doc, provider, saves });
      await waitFor(() => provider.synced, `sync of ${docId}`);
      return {};
    },
    async seedActionPlan({ docId, rows, programme, by }) {
      const doc = docOf(docId);
      const ids = seed.fillActionPlan(doc, { rows, programme, by });
      await saved(docId);
      return { ids, columns: seed.ACTION_PLAN_COLUMNS, lastActions: seed.rowText(rows - 1, 'actions') };
    },
    async seedCanvas({ docId, notes }) {
      const doc = docOf(docId);
      const map = doc.getMap(seed.CANVAS_RECORDS_MAP);
      const records = seed.canvasRecords(notes);
      // ~100 KB per message, as a client pasting a large board would send them.
      for (let start = 0; start < records.length; start += 200) {
        doc.transact(() => {
          for (const record of records.slice(start, start + 200)) map.set(record.id, record);
        });
      }
      await saved(docId);
      return {
        ids: records.filter((r) => r.typeName === 'shape').map((r) => r.id),
        firstText: seed.noteText(0),
      };
    },
    /**
     * Types `append` at the end of one cell (one transaction, as a word typed elsewhere arrives);
     * returns when the update left, on the monotonic clock. The cell keeps its length class: a long
     * text that scrolls in its textarea still does, so every run times the same kind of change.
     */
    editRow({ docId, id, column, append }) {
      const cell = seed.rowField(docOf(docId), id, column);
      if (!cell) throw new Error(`no cell ${id}.${column}`);
      const sentAt = now();
      cell.insert(cell.length, append);
      return { sentAt };
    },
    /** Replaces one sticky's text (the whole record, as the client's binding writes it). */
    editNote({ docId, id, text }) {
      const map = docOf(docId).getMap(seed.CANVAS_RECORDS_MAP);
      const record = map.get(id);
      if (!record) throw new Error(`no record ${id}`);
      const sentAt = now();
      map.set(id, { ...record, props: { ...record.props, richText: seed.richText(text) } });
      return { sentAt };
    },
    close() {
      for (const { provider, saves, doc } of open.values()) {
        saves.destroy();
        provider.destroy();
        doc.destroy();
      }
      open.clear();
      return {};
    },
  };

  process.on('message', async ({ id, cmd, args }) => {
    try {
      const result = await commands[cmd](args);
      process.send?.({ id, result });
    } catch (error) {
      process.send?.({ id, error: String(error instanceof Error ? error.stack : error) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[2] === '--board-peer') await runPeer();
