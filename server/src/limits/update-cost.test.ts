import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { costOf, scanUpdateCost, syncMessageOverBudget } from './update-cost.js';

/** What Yjs itself decodes: the reference the scan must agree with. */
function reference(update: Uint8Array) {
  const decoded = Y.decodeUpdate(update);
  let deleteRanges = 0;
  for (const ranges of decoded.ds.clients.values()) deleteRanges += ranges.length;
  return { structs: decoded.structs.length, deleteRanges };
}

/** A document using every kind of content Yjs encodes. */
function richDoc(): Y.Doc {
  const doc = new Y.Doc();
  const text = doc.getText('text');
  text.insert(0, 'hello wörld 🌍');
  text.format(0, 5, { bold: true });
  text.insertEmbed(3, { image: 'x.png' });
  text.delete(7, 2);
  const map = doc.getMap('map');
  map.set('number', 1);
  map.set('list', [1, 'two', { three: 3 }, null, true]);
  map.set('bytes', new Uint8Array([1, 2, 3]));
  map.set('nested', new Y.Map());
  map.set('sub', new Y.Doc());
  map.delete('number');
  const array = doc.getArray<unknown>('array');
  array.insert(0, ['a', 'b', 'c', new Y.Array()]);
  array.delete(1, 1);
  const xml = doc.getXmlFragment('xml');
  const element = new Y.XmlElement('p');
  element.setAttribute('class', 'x');
  element.insert(0, [new Y.XmlText('inside')]);
  xml.insert(0, [element]);
  // A hook is an XML-fragment child Yjs encodes with a key, like an element.
  (xml as unknown as Y.Array<unknown>).insert(1, [new Y.XmlHook('hook')]);
  return doc;
}

describe('scanUpdateCost', () => {
  it('counts the structs and delete ranges Yjs decodes, for every content kind', () => {
    const update = Y.encodeStateAsUpdate(richDoc());
    const scanned = scanUpdateCost(update);
    expect(scanned).toEqual({ ...reference(update), over: false });
    expect(scanned?.structs).toBeGreaterThan(10);
    expect(scanned?.deleteRanges).toBeGreaterThan(0);
  });

  it('counts the updates of a document edited by two clients, with deletions', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    const updates: Uint8Array[] = [];
    b.on('update', (u: Uint8Array) => updates.push(u));
    const text = a.getText('t');
    for (let i = 0; i < 50; i++) text.insert(i, String(i % 10));
    for (let i = 0; i < 20; i++) text.delete(i, 1);
    b.getText('t').insert(0, 'b');
    const merged = Y.mergeUpdates([...updates, Y.encodeStateAsUpdate(b)]);
    expect(scanUpdateCost(merged)).toEqual({ ...reference(merged), over: false });
  });

  it('stops once over the budget, before reading the rest', () => {
    const update = manyDeleteRanges(100_000);
    expect(scanUpdateCost(update, 1_000)).toMatchObject({ over: true });
    expect(scanUpdateCost(update)).toEqual({ structs: 0, deleteRanges: 100_000, over: false });
    const doc = new Y.Doc();
    const array = doc.getArray('a');
    for (let i = 0; i < 200; i++) doc.transact(() => array.insert(0, [i]));
    // Each insert at 0 is its own struct.
    expect(scanUpdateCost(Y.encodeStateAsUpdate(doc), 100)).toMatchObject({ over: true });
    expect(costOf(scanUpdateCost(Y.encodeStateAsUpdate(doc)) ?? { structs: 0, deleteRanges: 0 })).toBe(200);
  });

  it('gives null for bytes that are not an update', () => {
    expect(scanUpdateCost(new Uint8Array([5, 1, 2]))).toBeNull();
    const update = Y.encodeStateAsUpdate(richDoc());
    expect(scanUpdateCost(update.subarray(0, update.length - 7))).toBeNull();
  });
});

describe('syncMessageOverBudget', () => {
  const wrap = (step: number, update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  };

  it('looks at sync step 2 and update messages only', () => {
    const costly = manyDeleteRanges(5_000);
    expect(syncMessageOverBudget(wrap(2, costly), 1_000)).toBe(true);
    expect(syncMessageOverBudget(wrap(1, costly), 1_000)).toBe(true);
    expect(syncMessageOverBudget(wrap(2, costly), 10_000)).toBe(false);
    // A state vector (step 1) and an awareness message are not updates.
    expect(syncMessageOverBudget(wrap(0, costly), 1_000)).toBe(false);
    expect(syncMessageOverBudget(new Uint8Array([1, 0]), 1_000)).toBe(false);
    expect(syncMessageOverBudget(new Uint8Array([0]), 1_000)).toBe(false);
  });
});

/** An update of `count` one-character delete ranges and no structs: small, and costly to apply. */
function manyDeleteRanges(count: number, client = 1): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, i * 2);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}
