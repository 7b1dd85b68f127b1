import * as Y from 'yjs';
import { FORMAT_CHAIN, type FormatChain, stepsFrom } from './chain.js';
import { FormatTooNewError, versionOf } from './version.js';

/**
 * A board document's format is kept INSIDE the document: root map `format`, key `version`.
 *
 * Why there rather than beside it (a column, a Redis key): the document travels as Yjs state through
 * every path the server has (snapshot and log, named versions, the relay between nodes, backups, the
 * browsers' offline copies), and a stamp inside it goes along everywhere with no path to forget, in
 * the same update as the migration it records: a document can never say one format and hold
 * another. The root is server-owned (clients may not write it; see session/edit-rules.ts), and the
 * stamp is written only by a migration: a document without it is format 1, so today's documents
 * need no write at all, and a new board gets its stamp from the first migration it meets.
 */
export const DOC_FORMAT_ROOT = 'format';
const VERSION_KEY = 'version';

/** The format a loaded document says it has (1 when it has no stamp). */
export function docFormatVersion(doc: Y.Doc, docId = 'a document'): number {
  const stamp = doc.share.has(DOC_FORMAT_ROOT) ? doc.getMap(DOC_FORMAT_ROOT).get(VERSION_KEY) : undefined;
  return versionOf(stamp, `document ${docId}`);
}

/** Sets the format stamp of `doc` (in the caller's transaction, if any). */
export function stampDocFormat(doc: Y.Doc, version: number): void {
  doc.getMap(DOC_FORMAT_ROOT).set(VERSION_KEY, version);
}

/**
 * What a loaded document needs before a room may open on it: nothing (null) when it is of the
 * current format; the update that migrates it when older (made on a copy, not applied to `doc`: the
 * caller stores it first, then applies it, so the migration is durable before anyone sees it).
 * Throws {@link FormatTooNewError} when it is newer: it must then be neither served nor written.
 */
export function docUpgrade(doc: Y.Doc, docId: string, chain: FormatChain = FORMAT_CHAIN): Uint8Array | null {
  const version = docFormatVersion(doc, docId);
  if (version > chain.current) throw new FormatTooNewError(`document ${docId}`, version);
  if (version === chain.current) return null;
  return migrateDocState(Y.encodeStateAsUpdate(doc), version, chain).update;
}

/**
 * Migrates an encoded document state of format `from`: the update that does it, and the whole
 * state after it (for named versions restored into a document of the current format).
 */
export function migrateDocState(
  state: Uint8Array,
  from: number,
  chain: FormatChain = FORMAT_CHAIN,
): { update: Uint8Array; state: Uint8Array } {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, state);
    const before = Y.encodeStateVector(copy);
    copy.transact(() => {
      for (const step of stepsFrom(chain, from)) step.doc?.(copy);
      stampDocFormat(copy, chain.current);
    });
    return { update: Y.encodeStateAsUpdate(copy, before), state: Y.encodeStateAsUpdate(copy) };
  } finally {
    copy.destroy();
  }
}

/**
 * A stored state (a named version, an imported board) brought to the current format: as it is when
 * current, migrated when older; throws {@link FormatTooNewError} when newer.
 */
export function upgradeDocState(
  state: Uint8Array,
  what: string,
  chain: FormatChain = FORMAT_CHAIN,
): Uint8Array {
  const doc = new Y.Doc();
  let version: number;
  try {
    Y.applyUpdate(doc, state);
    version = docFormatVersion(doc, what);
  } finally {
    doc.destroy();
  }
  if (version > chain.current) throw new FormatTooNewError(what, version);
  return version === chain.current ? state : migrateDocState(state, version, chain).state;
}
