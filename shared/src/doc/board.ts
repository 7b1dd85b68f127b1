import type * as Y from 'yjs';
import type { z } from 'zod';
import { readComments } from './comments.js';
import { ensureText, RootName, setValue } from './fields.js';
import type { BoardSpec, FieldValues, ScalarKey, ScalarValue, TextKey } from './layout.js';
import { applyOnce } from './once.js';
import { readRecord, writeFields } from './record.js';

/** Version of the layout, stored in the root map `board` for future migrations. */
export const LAYOUT_VERSION = 1;

/** Typed helpers for a board's own fields. */
export interface BoardHandle<S extends BoardSpec, T> {
  readonly spec: S;
  /**
   * Marks the document as this kind of board and writes `init`, once: false (and nothing written) if
   * the document already is a board. Safe when several clients do it at once (see once.ts).
   */
  create(doc: Y.Doc, init?: FieldValues<S>): boolean;
  /** The board's JSON form, validated by its schema. */
  read(doc: Y.Doc): T;
  /** The Y.Text of a board field, for binding an editor. */
  text(doc: Y.Doc, key: TextKey<S>): Y.Text;
  /** Sets a plain board value (validated). */
  set<K extends ScalarKey<S>>(doc: Y.Doc, key: K, value: ScalarValue<S, K>): void;
}

/** The kind a document was created as, if any. */
export function boardKindOf(doc: Y.Doc): unknown {
  return doc.getMap(RootName.board).get('kind');
}

/** Typed helpers for boards laid out as `spec`, whose JSON form validates against `schema`. */
export function boardHandle<S extends BoardSpec, T extends z.ZodType>(
  spec: S,
  schema: T,
): BoardHandle<S, z.output<T>> {
  return {
    spec,
    create(doc, init) {
      if (boardKindOf(doc) !== undefined) return false;
      applyOnce(doc, 'create', { kind: spec.kind, init: init ?? {} }, (scratch, input) => {
        const board = scratch.getMap<unknown>(RootName.board);
        board.set('kind', input.kind);
        board.set('layoutVersion', LAYOUT_VERSION);
        writeFields(scratch, spec, input.init);
      });
      return true;
    },
    read: (doc) => schema.parse({ kind: spec.kind, ...readRecord(doc, spec), comments: readComments(doc) }),
    text: (doc, key) => ensureText(doc, key),
    set(doc, key, value) {
      const scalar = spec.scalars[key];
      if (!scalar) throw new Error(`${spec.kind} has no value ${key}`);
      setValue(doc, key, scalar.schema.parse(value));
    },
  };
}
