import * as Y from 'yjs';
import { waitFor } from '../../helpers/wait.js';
import { connectClient, snapshotOf, type TestClient } from '../../helpers/yjs-client.js';

/**
 * A real y-websocket client (confirmations on) that types numbered items `<name>:<n>` into the
 * board's shared array, and counts how many of them the server confirmed as stored: when its save
 * state turns `saved`, every item typed so far is confirmed (the count the durability tests use).
 */
export class Typist {
  client: TestClient;
  typed = 0;
  confirmed = 0;
  /** When each confirmation arrived (ms since epoch) and how many items it covered. */
  readonly confirmations: { at: number; upTo: number }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: () => void = () => {};

  constructor(
    readonly name: string,
    wsUrl: string,
    readonly docId: string,
    readonly token: string,
  ) {
    this.client = this.connect(wsUrl, new Y.Doc());
  }

  private connect(wsUrl: string, doc: Y.Doc): TestClient {
    const client = connectClient(wsUrl, this.docId, { params: { token: this.token }, doc });
    this.unsubscribe = client.saves.subscribe((state) => {
      if (state === 'saved' && this.typed > this.confirmed) this.confirm();
    });
    return client;
  }

  private confirm(): void {
    this.confirmed = this.typed;
    this.confirmations.push({ at: Date.now(), upTo: this.typed });
  }

  get doc(): Y.Doc {
    return this.client.doc;
  }

  /** Types one item (sent at once when connected, else held locally and sent on reconnect). */
  type(): void {
    this.doc.getArray<string>('array').push([`${this.name}:${this.typed}`]);
    this.typed += 1;
  }

  /** Types one item every `everyMs` until stopped. */
  start(everyMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.type(), everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reconnects to another node (as a load balancer would after a node died), keeping its doc. */
  moveTo(wsUrl: string): void {
    const doc = this.client.doc;
    this.unsubscribe();
    this.client.destroy();
    this.client = this.connect(wsUrl, doc);
  }

  /** Leaves (a break, a closed laptop): the client disconnects; `moveTo` comes back. */
  leave(): void {
    this.stop();
    this.unsubscribe();
    this.client.destroy();
  }

  /** Waits until every item typed is confirmed. */
  async allConfirmed(timeoutMs = 30_000): Promise<void> {
    await waitFor(
      () => {
        if (this.client.saves.state === 'saved' && this.typed > this.confirmed) this.confirm();
        return this.confirmed === this.typed;
      },
      { timeoutMs, what: `${this.name}'s edits to be confirmed (${this.confirmed}/${this.typed})` },
    );
  }

  destroy(): void {
    this.stop();
    this.unsubscribe();
    this.client.destroy();
  }
}

/** Per typist: items confirmed, confirmed items found, and items found in all. */
export interface Tally {
  name: string;
  confirmed: number;
  confirmedFound: number;
  found: number;
}

/** Counts, in `doc`, each typist's items: how many of those it had confirmed are there. */
export function tally(doc: Y.Doc, typists: Typist[]): Tally[] {
  const present = new Set(doc.getArray<string>('array').toArray());
  return typists.map((typist) => {
    let confirmedFound = 0;
    for (let n = 0; n < typist.confirmed; n++) if (present.has(`${typist.name}:${n}`)) confirmedFound++;
    let found = 0;
    for (let n = 0; n < typist.typed; n++) if (present.has(`${typist.name}:${n}`)) found++;
    return { name: typist.name, confirmed: typist.confirmed, confirmedFound, found };
  });
}

/** A fresh client's view of the stored document on one node (loaded from the store when idle). */
export async function readBack(wsUrl: string, docId: string, token: string): Promise<Y.Doc> {
  const reader = connectClient(wsUrl, docId, { params: { token }, confirm: false });
  try {
    await reader.synced(30_000);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(reader.doc));
    return copy;
  } finally {
    reader.destroy();
  }
}

/**
 * Waits until the nodes converged: each node's current document (read fresh on every try, not a
 * snapshot taken once, which a node still catching up would leave stale for ever) holds every edit
 * its typist saw confirmed, the nodes show the same content, and so does every typist's client.
 * Fails after `timeoutMs` saying what was still missing. Resolves to the nodes' last views.
 */
export async function nodesConverged(
  wsUrls: string[],
  docId: string,
  token: string,
  typists: Typist[],
  timeoutMs = 60_000,
): Promise<Y.Doc[]> {
  const deadline = Date.now() + timeoutMs;
  let missing = 'no read-back yet';
  for (;;) {
    try {
      const views = await Promise.all(wsUrls.map((wsUrl) => readBack(wsUrl, docId, token)));
      const shortOf = views.map((view) =>
        tally(view, typists).reduce((sum, row) => sum + row.confirmed - row.confirmedFound, 0),
      );
      const contents = views.map((view) => JSON.stringify(snapshotOf(view)));
      const clientsAgree = typists.filter((t) => JSON.stringify(snapshotOf(t.doc)) === contents[0]).length;
      if (shortOf.every((n) => n === 0) && new Set(contents).size === 1 && clientsAgree === typists.length)
        return views;
      missing = `confirmed edits missing per node ${shortOf.join('/')}, ${new Set(contents).size} distinct node views, ${clientsAgree}/${typists.length} clients agree with the first node`;
    } catch (error) {
      missing = String(error);
    }
    if (Date.now() > deadline) throw new Error(`nodes did not converge within ${timeoutMs} ms: ${missing}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Sums of a tally, for the report. */
export function totals(tallies: Tally[]): { confirmed: number; confirmedFound: number; found: number } {
  return tallies.reduce(
    (sum, t) => ({
      confirmed: sum.confirmed + t.confirmed,
      confirmedFound: sum.confirmedFound + t.confirmedFound,
      found: sum.found + t.found,
    }),
    { confirmed: 0, confirmedFound: 0, found: 0 },
  );
}
