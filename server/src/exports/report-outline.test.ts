import { actionRows } from '@mentoring/shared/doc/action-plan';
import { readTemplate, templateDocs } from '@mentoring/shared/doc/registry';
import { meetings, nextSteps, visits } from '@mentoring/shared/doc/visit-agenda';
import type { Programme } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Outline } from './outline.js';
import { NO_REFERENCES } from './outline-values.js';
import { buildReport, isReportKind, type ReportBoard } from './report-outline.js';

const programme = {
  id: 'p1',
  title: 'Jelgava learns from Schaerbeek',
  menteeCity: 'Jelgava',
  mentorCity: 'Schaerbeek',
  language: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
} as Programme;
const by = { memberId: 'm1', name: 'Ana' };

function agendaBoard(): ReportBoard {
  const doc = new Y.Doc();
  templateDocs['visit-agenda'].create(doc);
  const visit = visits.insert(doc, {
    by,
    values: {
      title: 'Groundwork',
      outcomes: 'Courses at the workplace',
      agenda: [{ title: 'Recap', time: '09:30' }],
    },
  });
  const owner = visits.item(doc, visit);
  if (owner)
    nextSteps.insert(owner, { by, values: { what: 'Send the survey', who: 'Ana', due: '2026-04-01' } });
  meetings.insert(doc, { by, values: { title: 'Online check-in', date: '2026-04-15' } });
  return {
    board: { id: 'b1', title: 'Visits', kind: 'visit-agenda' },
    content: readTemplate('visit-agenda', doc),
  };
}

function planContent(action: string) {
  const doc = new Y.Doc();
  templateDocs['action-plan'].create(doc);
  actionRows.insert(doc, { by, values: { actions: action } });
  return readTemplate('action-plan', doc) as Record<string, unknown>;
}

const text = (outline: Outline) =>
  outline.blocks
    .flatMap((block) => {
      if (block.type === 'heading' || block.type === 'text') return [block.text];
      if (block.type === 'facts') return block.facts.map((fact) => `${fact.label}: ${fact.value}`);
      return [...block.columns, ...block.rows.flat()];
    })
    .join('\n');

describe('programme report', () => {
  it('shows the approved version of a plan with its approval, not later edits', () => {
    const approval = {
      body: 'City council',
      date: '2026-06-30',
      reference: 'Decision 42',
      approvedBy: 'The mayor',
      recordedAt: '2026-07-01T00:00:00.000Z',
      recordedBy: null,
    };
    const plan: ReportBoard = {
      board: { id: 'b2', title: 'Action plan', kind: 'action-plan' },
      content: planContent('Later draft action'),
      approved: {
        meta: { id: 'v1', name: 'As approved', createdAt: '', createdBy: null, auto: false, approval },
        content: planContent('Approved action'),
      },
    };
    const outline = buildReport({
      programme,
      language: 'en',
      boards: [plan, agendaBoard()],
      references: NO_REFERENCES,
      madeOn: '2026-07-02',
    });
    const words = text(outline);
    expect(outline.subtitle).toBe('Programme report');
    expect(words).toContain('Approved version: As approved');
    expect(words).toContain('Approved by: City council');
    expect(words).toContain('Reference: Decision 42');
    expect(words).toContain('Approved action');
    expect(words).not.toContain('Later draft action');
    // The visits come before the plan, as in the journey.
    expect(words.indexOf('Courses at the workplace')).toBeLessThan(words.indexOf('Approved action'));
  });

  it('shows visits with outcomes and next steps, meetings, and the agenda as a timetable, in Spanish', () => {
    const outline = buildReport({
      programme,
      language: 'es',
      boards: [agendaBoard()],
      references: NO_REFERENCES,
      madeOn: '2026-07-02',
    });
    const words = text(outline);
    expect(outline.language).toBe('es');
    expect(outline.subtitle).toBe('Informe del programa');
    expect(words).toContain('Courses at the workplace');
    expect(words).toContain('Reuniones entre visitas');
    expect(words).toContain('Online check-in');
    const tables = outline.blocks.filter((block) => block.type === 'table');
    expect(tables.map((table) => table.columns)).toEqual([
      ['Día', 'Hora', 'Tipo de sesión', 'Sesión', 'Notas'],
      ['Qué', 'Quién', 'Para cuándo', 'Hecho'],
    ]);
    expect(tables[1]?.rows).toEqual([['Send the survey', 'Ana', '1 abr 2026', 'No']]);
    // The meeting has no next steps: said so, not an empty table.
    expect(words).toMatch(/Online check-in[\s\S]*Próximos pasos\n—/);
    // The plan is not there at all, so nothing is said of its approval.
    expect(words).not.toContain('aprobad');
  });

  it('includes only the kinds this build declares', () => {
    expect(isReportKind('visit-agenda')).toBe(true);
    expect(isReportKind('mentor-strengths')).toBe(false);
    expect(isReportKind('no-such-kind')).toBe(false);
  });
});
