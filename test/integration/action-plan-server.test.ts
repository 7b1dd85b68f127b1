import { actionRows, createActionPlan, readActionPlan } from '@mentoring/shared/doc/action-plan';
import { ActionPlanSchema } from '@mentoring/shared/schema/templates/action-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDoc } from '../helpers/programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, type TestClient } from '../helpers/yjs-client.js';

const by = (n: number) => ({ memberId: `member-${n}`, name: `Person ${n}`, organisation: 'Ajuntament' });
const plan = (client: TestClient) => JSON.stringify(readActionPlan(client.doc));

/** The action plan's concurrency rules, through the real server and the stock y-websocket client. */
describe('action plan co-editing through the server', () => {
  let server: ServerProcess;
  let docId: string;
  let token: string;
  beforeAll(async () => {
    server = await startServer();
    ({ docId, token } = await openDoc(server.httpUrl, 'action-plan'));
  });
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  it('keeps both people’s text in one cell, an edit to a row another moves, and follows the delete rule', async () => {
    const [a, b] = [0, 1].map(() => connectClient(server.wsUrl, docId, { params: { token } })) as [
      TestClient,
      TestClient,
    ];
    await Promise.all([a.synced(), b.synced()]);
    createActionPlan(a.doc);
    const first = actionRows.insert(a.doc, { by: by(0) });
    const second = actionRows.insert(a.doc, { by: by(0) });
    await waitFor(() => actionRows.ids(b.doc).length === 2, { what: 'rows on the other client' });

    // Concurrently: both type in the same cell; one moves a row the other is editing; one deletes a
    // row the other is editing.
    b.provider.disconnect();
    actionRows.text(a.doc, first, 'actions')!.insert(0, 'Café de idiomas ');
    actionRows.text(b.doc, first, 'actions')!.insert(0, 'Valodu kafejnīca ');
    actionRows.move(a.doc, second, 0);
    actionRows.text(b.doc, second, 'results')!.insert(0, 'Более 40 участников');
    actionRows.remove(a.doc, first, by(0));
    actionRows.text(b.doc, first, 'lead')!.insert(0, 'Servicio de Inmigración');
    b.provider.connect();
    await waitFor(() => plan(a) === plan(b), { timeoutMs: 20_000, what: 'convergence' });
    await Promise.all([a.saved(), b.saved()]);

    expect(actionRows.ids(a.doc)).toEqual([second]);
    expect(actionRows.read(a.doc, second)?.results).toBe('Более 40 участников');
    // The deleted row is hidden for everyone; the edit made meanwhile is kept in it and comes back with restore.
    const deleted = actionRows.read(a.doc, first);
    expect(deleted?.actions).toContain('Café de idiomas');
    expect(deleted?.actions).toContain('Valodu kafejnīca');
    expect(deleted?.lead).toBe('Servicio de Inmigración');
    actionRows.restore(b.doc, first);
    await waitFor(() => actionRows.ids(a.doc).includes(first), { what: 'the restored row' });
  });

  it('converges when three clients make 300 random operations, to JSON that passes the schema', async () => {
    const other = await openDoc(server.httpUrl, 'action-plan');
    const clients = [0, 1, 2].map(() =>
      connectClient(server.wsUrl, other.docId, { params: { token: other.token } }),
    );
    await Promise.all(clients.map((client) => client.synced()));
    createActionPlan(clients[0]!.doc);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let op = 0; op < 300; op++) {
      const who = op % 3;
      const doc = clients[who]!.doc;
      const ids = actionRows.ids(doc);
      const pick = ids[Math.floor(random() * ids.length)];
      const roll = random();
      if (!pick || roll < 0.25)
        actionRows.insert(doc, { by: by(who), index: Math.floor(random() * (ids.length + 1)) });
      else if (roll < 0.7) actionRows.text(doc, pick, 'actions')?.insert(0, `${who}:${op} ñ `);
      else if (roll < 0.85) actionRows.move(doc, pick, Math.floor(random() * ids.length));
      else if (roll < 0.95) actionRows.text(doc, pick, 'successMeasure')?.insert(0, `${op}% `);
      else actionRows.remove(doc, pick, by(who));
      if (op % 50 === 0) await letTimePass(10); // pace: let the others' edits arrive mid-run
    }
    await waitFor(() => plan(clients[0]!) === plan(clients[1]!) && plan(clients[1]!) === plan(clients[2]!), {
      timeoutMs: 30_000,
      what: 'three clients to converge',
    });
    await Promise.all(clients.map((client) => client.saved()));
    expect(ActionPlanSchema.safeParse(readActionPlan(clients[0]!.doc)).success).toBe(true);
    const fresh = connectClient(server.wsUrl, other.docId, { params: { token: other.token } });
    await fresh.synced();
    expect(plan(fresh)).toBe(plan(clients[0]!));
  });
});
