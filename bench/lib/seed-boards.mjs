/**
 * The content scenario 7 opens in the browser: an action plan written with the project's own doc
 * helpers (`shared/dist`, the layout the client reads) and a canvas of tldraw note records, one entry
 * per record in the Y.Map the client's binding reads. Runs in the board peer process only: it loads
 * the Yjs that `shared/dist` uses, which is not the bench's own copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { actionRows, createActionPlan } from '../../shared/dist/doc/action-plan.js';
import { ACTION_PLAN_COLUMNS } from '../../shared/dist/schema/templates/action-plan.js';

export { ACTION_PLAN_COLUMNS };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Resolved as seen from shared/, so that Yjs here is the very module instance shared/dist uses.
const fromShared = createRequire(join(ROOT, 'shared/package.json'));

/** Imports a package of the product's node_modules (its ESM entry), not the bench's own copy. */
export function importFromProduct(name) {
  // Not require.resolve(`${name}/package.json`): some packages do not export their manifest.
  const dir = (fromShared.resolve.paths(name) ?? []).find((base) =>
    existsSync(join(base, name, 'package.json')),
  );
  if (!dir) throw new Error(`${name} not found in the product's node_modules (npm ci at the root)`);
  const manifest = join(dir, name, 'package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  const entry = pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main;
  return import(pathToFileURL(join(dirname(manifest), entry)).href);
}

const tlschema = await importFromProduct('@tldraw/tlschema');
const tlutils = await importFromProduct('@tldraw/utils');

/** The Y.Map of a canvas board (client/src/canvas/yjs-binding.ts, CANVAS_RECORDS_MAP). */
export const CANVAS_RECORDS_MAP = 'tldraw';
export const PAGE_ID = 'page:page';

const PLACES = ['Riga', 'Imanta', 'Purvciems', 'Ziepniekkalns', 'Teika', 'Āgenskalns', 'Jugla', 'Mežciems'];
const GROUPS = ['newcomer families', 'young refugees', 'women with small children', 'seasonal workers'];
const LEADS = ['Welcome Centre', 'Social Services Dept.', 'Library Network', 'NGO Shelter', 'Youth Office'];
const pick = (list, i) => list[i % list.length];

/** Realistic, unique text for one cell of row `i` (the row number makes each one distinct). */
export function rowText(i, column) {
  const n = i + 1;
  switch (column) {
    case 'actions':
      return `Action ${n}: open a weekly drop-in desk in ${pick(PLACES, i)} for ${pick(GROUPS, i)}, with interpreters and a housing adviser`;
    case 'results':
      return `Row ${n}: ${40 + (i % 60)} people a month get advice in their language; fewer missed appointments`;
    case 'timeframe':
      return `Q${(i % 4) + 1} 2026 – Q${((i + 2) % 4) + 1} 2027 (row ${n})`;
    case 'lead':
      return `${pick(LEADS, i)} with the municipality, contact ${n}`;
    case 'resources':
      return `€${(5 + (i % 20)) * 1000} from the integration fund; two staff days a week; room at the library (row ${n})`;
    case 'successMeasure':
      return `${50 + (i % 40)}% of visitors say the desk solved their question (survey every quarter, row ${n})`;
    default:
      return `Row ${n} ${column}`;
  }
}

/**
 * Marks `doc` as an action plan (with the programme's title and cities, as the client would) and
 * appends `rows` rows with every column filled, in one transaction. Returns the row ids in order.
 */
export function fillActionPlan(doc, { rows, programme, by }) {
  createActionPlan(doc, programme);
  doc.transact(() => {
    for (let i = 0; i < rows; i++) {
      const values = Object.fromEntries(ACTION_PLAN_COLUMNS.map((column) => [column, rowText(i, column)]));
      actionRows.insert(doc, { by, values });
    }
  });
  return actionRows.ids(doc);
}

/** The text of an action-plan cell (for the remote edits). */
export const rowField = (doc, id, column) => actionRows.text(doc, id, column);

/** tldraw rich text holding one paragraph. */
export const richText = (text) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Sticky text of note `i`. */
export const noteText = (i) => `Idea ${i + 1}: ${pick(GROUPS, i)} in ${pick(PLACES, i >> 2)}`;

const GAP = 220; // a note is 200 x 200 (tldraw's NOTE_SIZE)
const COLORS = ['yellow', 'light-blue', 'light-green', 'orange', 'violet', 'light-red'];

/**
 * The document and page records plus `count` notes on a grid (50 per row) starting at the origin,
 * where the camera opens; each validated by tldraw's own schema. Props are NoteShapeUtil's defaults
 * except colour and text (short enough not to grow the note).
 */
export function canvasRecords(count) {
  const schema = tlschema.createTLSchema();
  const records = [
    tlschema.DocumentRecordType.create({ id: 'document:document' }),
    tlschema.PageRecordType.create({ id: PAGE_ID, name: 'Page 1', index: 'a1' }),
  ];
  const indices = tlutils.getIndices(count);
  for (let i = 0; i < count; i++) {
    const note = {
      id: `shape:note-${i}`,
      typeName: 'shape',
      type: 'note',
      parentId: PAGE_ID,
      index: indices[i + 1],
      x: (i % 50) * GAP,
      y: Math.floor(i / 50) * GAP,
      rotation: 0,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: {
        color: pick(COLORS, i),
        richText: richText(noteText(i)),
        size: 'm',
        font: 'draw',
        align: 'middle',
        verticalAlign: 'middle',
        labelColor: 'black',
        growY: 0,
        fontSizeAdjustment: 0,
        url: '',
        scale: 1,
      },
    };
    records.push(schema.types.shape.validate(note));
  }
  return records;
}
