import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import type { PersonRef } from '../schema/templates/common.js';
import { AgendaItemKindSchema, VisitKindSchema } from '../schema/templates/visit-agenda.js';
import { boardHandle } from './board.js';
import { scalar } from './layout.js';
import { listHandle } from './list.js';
import { meetings, nextSteps, readVisitAgenda, visits } from './visit-agenda.js';

const ana: PersonRef = { memberId: 'member-ana', name: 'Ana' };

// The layout of a visit agenda as the code before issue 14 wrote it (main at f997b73): no mode,
// link, toMeet, questions, outcomes, recap or nextSteps on a visit, and no list of meetings.
const OLD_AGENDA_ITEM = {
  texts: ['title', 'notes'],
  scalars: {
    kind: scalar(AgendaItemKindSchema, 'other'),
    date: scalar(z.string(), ''),
    time: scalar(z.string(), ''),
    boardId: scalar(z.string().nullable(), null),
  },
  sets: [],
  lists: {},
} as const;
const OLD_VISIT = {
  texts: ['title', 'place', 'participants', 'objectives'],
  scalars: {
    kind: scalar(VisitKindSchema, 'custom'),
    date: scalar(z.string(), ''),
    endDate: scalar(z.string(), ''),
  },
  sets: [],
  lists: { agenda: OLD_AGENDA_ITEM },
} as const;
const OLD_BOARD = {
  kind: 'visit-agenda',
  texts: ['overview'],
  scalars: {},
  sets: [],
  lists: { visits: OLD_VISIT },
};

/** A board written by the old layout, as it would be stored today. */
function oldBoard(): { doc: Y.Doc; visitId: string } {
  const doc = new Y.Doc();
  boardHandle(OLD_BOARD, z.object({}).loose()).create(doc, { overview: 'Three visits' });
  const visitId = listHandle('visits', OLD_VISIT, z.object({}).loose()).insert(doc, {
    by: ana,
    values: {
      kind: 'groundwork',
      title: 'Groundwork',
      date: '2026-03-04',
      place: 'Jelgava',
      agenda: [{ kind: 'recap', title: 'Recap of the needs', time: '09:30' }],
    },
  });
  // Through an update, as a stored board arrives: nothing of the old code's objects is shared.
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return { doc: copy, visitId };
}

describe('visit agenda written before visits were records', () => {
  it('reads with the new fields as their fallbacks and no meetings', () => {
    const { doc } = oldBoard();
    const agenda = readVisitAgenda(doc);
    expect(agenda.overview).toBe('Three visits');
    expect(agenda.meetings).toEqual([]);
    const [visit] = agenda.visits;
    expect(visit).toMatchObject({
      title: 'Groundwork',
      place: 'Jelgava',
      mode: 'in-person',
      link: '',
      toMeet: '',
      questions: '',
      outcomes: '',
      recap: '',
      nextSteps: [],
    });
    expect(visit?.agenda[0]?.title).toBe('Recap of the needs');
  });

  it('takes outcomes, next steps and a first meeting on the first edit', () => {
    const { doc, visitId } = oldBoard();
    visits.text(doc, visitId, 'outcomes')?.insert(0, 'A first list of actions');
    visits.set(doc, visitId, 'mode', 'virtual');
    const visit = visits.item(doc, visitId);
    if (!visit) throw new Error('no visit');
    nextSteps.insert(visit, { by: ana, values: { what: 'Send the survey', who: 'Ana', due: '2026-04-01' } });
    meetings.insert(doc, { by: ana, values: { title: 'Check-in', date: '2026-04-15', time: '10:00' } });
    const agenda = readVisitAgenda(doc);
    expect(agenda.visits[0]).toMatchObject({ outcomes: 'A first list of actions', mode: 'virtual' });
    expect(agenda.visits[0]?.nextSteps).toMatchObject([
      { what: 'Send the survey', who: 'Ana', due: '2026-04-01', done: false },
    ]);
    expect(agenda.meetings).toMatchObject([
      { title: 'Check-in', date: '2026-04-15', time: '10:00', link: '' },
    ]);
  });

  it('reads a malformed mode or done flag as its fallback', () => {
    const { doc, visitId } = oldBoard();
    visits.item(doc, visitId)?.set('mode', 'by pigeon');
    const visit = visits.item(doc, visitId);
    if (!visit) throw new Error('no visit');
    const step = nextSteps.insert(visit, { by: ana, values: { what: 'Call' } });
    nextSteps.item(visit, step)?.set('done', 'yes');
    const read = readVisitAgenda(doc).visits[0];
    expect(read?.mode).toBe('in-person');
    expect(read?.nextSteps[0]?.done).toBe(false);
  });
});
