import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { compareBoards } from '@mentoring/shared/compare/compare-boards';
import { completeness } from '@mentoring/shared/doc/checks/completeness';
import { listHandleOf, templateDoc } from '@mentoring/shared/doc/declared';
import { replaceText } from '@mentoring/shared/doc/fields';
import { PILOT_TEMPLATE } from '@mentoring/shared/schema/templates/fixture-template';
import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardCsv } from './csv.js';
import { outlineDocx } from './docx.js';
import { buildOutline } from './outline.js';
import { NO_REFERENCES } from './outline-values.js';
import { outlinePdf } from './pdf.js';

/**
 * The proof that a template is declared once: PILOT_TEMPLATE (shared/src/schema/templates/
 * fixture-template.ts), declared outside the built-in registry, with a field (`pilotBudget`) and a
 * list column (`steps.owner`) no built-in template has, is stored, exported as DOCX, PDF and CSV,
 * compared and checked with no code of its own. The client half is engine/fixture-board.test.tsx.
 */

const run = promisify(execFile);
const by = { memberId: 'm-1', name: 'Ana' };

/** A pilot board as a Y.Doc, through the layout built from the declaration. */
function pilotDoc(budget: string, owner: string): Y.Doc {
  const doc = new Y.Doc();
  templateDoc(PILOT_TEMPLATE).create(doc);
  replaceText(doc.getText('text:goal'), 'Open a one-stop shop');
  replaceText(doc.getText('text:pilotBudget'), budget);
  const steps = listHandleOf(PILOT_TEMPLATE, 'steps');
  const id = steps.insert(doc, { by, id: 'step-1' });
  const text = (key: string) => steps.text(doc, id, key) ?? new Y.Text();
  replaceText(text('task'), 'Rent the premises');
  replaceText(text('owner'), owner);
  return doc;
}

const read = (doc: Y.Doc) => templateDoc(PILOT_TEMPLATE).read(doc);

async function pdfText(body: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mb-fixture-'));
  try {
    const file = path.join(dir, 'pilot.pdf');
    await fs.writeFile(file, body);
    return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a template declared outside the registry', () => {
  const content = read(pilotDoc('EUR 12 400 from the city', 'Marta Ruiz'));
  const outline = buildOutline({
    programme: { title: 'Pilot programme', menteeCity: 'Rīga', mentorCity: 'Málaga', language: 'en' },
    board: { title: 'Pilot board', kind: PILOT_TEMPLATE.kind, template: PILOT_TEMPLATE },
    content,
    references: NO_REFERENCES,
  });

  it('is stored and read through the layout built from its declaration', () => {
    expect(content).toMatchObject({
      kind: 'pilot',
      pilotBudget: 'EUR 12 400 from the city',
      steps: [{ id: 'step-1', task: 'Rent the premises', owner: 'Marta Ruiz', done: false }],
    });
  });

  it('shows the new field and the new column in the DOCX', async () => {
    const text = flat((await mammoth.extractRawText({ buffer: await outlineDocx(outline) })).value);
    expect(text).toContain('pilotBudget');
    expect(text).toContain('EUR 12 400 from the city');
    expect(text).toContain('owner');
    expect(text).toContain('Marta Ruiz');
  });

  it('shows the new field and the new column in the PDF', async () => {
    const text = flat(await pdfText(await outlinePdf(outline)));
    expect(text).toContain('pilotBudget');
    expect(text).toContain('EUR 12 400 from the city');
    expect(text).toContain('owner');
    expect(text).toContain('Marta Ruiz');
  });

  it('exports its declared table, new column included, as CSV', () => {
    const csv = boardCsv(
      { kind: 'pilot', template: PILOT_TEMPLATE, language: 'en', references: NO_REFERENCES },
      content,
    );
    const records: string[][] = parse(csv.toString('utf8'), { bom: true });
    expect(records[0]).toEqual(['task', 'owner', 'done']);
    expect(records[1]).toEqual(['Rent the premises', 'Marta Ruiz', 'No']);
  });

  it('compares the new field and the new column between versions', () => {
    const after = read(pilotDoc('EUR 15 000 from the city', 'Jonas Berg'));
    const comparison = compareBoards(content, after, { template: PILOT_TEMPLATE });
    expect(comparison.fields.map((change) => change.path)).toEqual(['pilotBudget']);
    const steps = comparison.lists.find((list) => list.path === 'steps');
    expect(steps?.rows.map((row) => [row.id, row.status, row.cells.map((cell) => cell.path)])).toEqual([
      ['step-1', 'changed', ['owner']],
    ]);
  });

  it('checks the new field and the new column for completeness', () => {
    expect(completeness(PILOT_TEMPLATE, content)).toEqual({ emptyFields: [], emptyCells: [] });
    const empty = read(pilotDoc('  ', ''));
    expect(completeness(PILOT_TEMPLATE, empty)).toEqual({
      emptyFields: ['pilotBudget'],
      emptyCells: [{ list: 'steps', rowId: 'step-1', position: 1, field: 'owner' }],
    });
  });
});
