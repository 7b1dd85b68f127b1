import { templateDocs } from '@mentoring/shared/doc/registry';
import { meetings, visits } from '@mentoring/shared/doc/visit-agenda';
import { TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Programme } from '@mentoring/shared/schema/programme';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DeclaredBoard } from '../engine/DeclaredBoard';
import { PartsContext, TemplateContext } from '../engine/template-context';
import { type BoardScope, BoardScopeContext, ProgrammeScopeContext } from '../fields/board-scope';
import { createCommentsStore } from '../fields/comments-store';
import { createPresenceStore } from '../fields/presence-store';
import { type BoardsT, registerBoardStrings } from '../fields/use-boards-t';
import { BOARDS_NAMESPACE, boardsEn } from '../locales';
import parts from './parts';

/** The visit agenda's records as the generic engine renders them: new fields, next steps, meetings, calendar buttons. */

function boardsT(): BoardsT {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    resources: { en: { [BOARDS_NAMESPACE]: boardsEn } },
    initAsync: false,
    showSupportNotice: false,
  });
  registerBoardStrings(instance);
  const untyped = instance as unknown as {
    getFixedT(language: string, namespace: string): (key: string, options?: object) => string;
  };
  const fixed = untyped.getFixedT('en', 'boards');
  return (key, values) => fixed(key, values);
}

function render(doc: Y.Doc): string {
  const awareness = new Awareness(doc);
  const user = { memberId: 'm-1', name: 'Ana', color: '#0a6', role: 'facilitator' };
  const scope: BoardScope = {
    doc,
    awareness,
    kind: 'visit-agenda',
    readOnly: false,
    me: { memberId: user.memberId, name: user.name },
    user,
    t: boardsT(),
    language: 'en',
    texts: TEMPLATE_TEXTS.en,
    comments: createCommentsStore(doc),
    presence: createPresenceStore(awareness),
    openComments: () => undefined,
    announce: () => undefined,
  };
  const programme = {
    programme: {
      id: 'p-1',
      title: 'P',
      menteeCity: 'Jelgava',
      mentorCity: 'Schaerbeek',
      language: 'en',
    } as Programme,
    boards: [],
    member: { id: 'm-1' } as never,
    token: 't',
  };
  try {
    return renderToStaticMarkup(
      <MemoryRouter initialEntries={['/programmes/p-1/boards/b-1']}>
        <ProgrammeScopeContext.Provider value={programme}>
          <BoardScopeContext.Provider value={scope}>
            <TemplateContext.Provider value={TEMPLATES['visit-agenda']}>
              <PartsContext.Provider value={parts}>
                <DeclaredBoard />
              </PartsContext.Provider>
            </TemplateContext.Provider>
          </BoardScopeContext.Provider>
        </ProgrammeScopeContext.Provider>
      </MemoryRouter>,
    );
  } finally {
    scope.comments.destroy();
    scope.presence.destroy();
    awareness.destroy();
  }
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe('visit agenda records', () => {
  it('shows the record fields, next steps and calendar buttons in each visit and meeting card', () => {
    const doc = new Y.Doc();
    templateDocs['visit-agenda'].create(doc);
    visits.insert(doc, { by: null, values: { title: 'Groundwork', date: '2026-03-04' } });
    meetings.insert(doc, { by: null, values: { title: 'Check-in' } });
    const html = render(doc);
    for (const label of [
      'Format',
      'Whom to meet',
      'Clarifying questions',
      'Outcomes',
      'Recap by the mentee city',
    ])
      expect(html).toContain(label);
    expect(html).toContain('id="section-meetings"');
    expect(html).toContain('Next steps of Visit 1');
    expect(html).toContain('Next steps of Meeting 1');
    // One pair of calendar buttons per card, named after the card's item; none reads "Add …", which
    // an observer's board must not offer (test/e2e/boards-accessibility.test.ts).
    expect(count(html, 'data-testid="copy-feed"')).toBe(2);
    // The visible text first, then the item, for screen readers (axe: label-content-name-mismatch).
    expect(html).toMatch(
      /Calendar file \(\.ics\)\s*<span class="visually-hidden"> \(Visit 1: Groundwork\)<\/span>/,
    );
    expect(html).toContain('<span class="visually-hidden"> (Meeting 1: Check-in)</span>');
    // The undated meeting cannot be downloaded yet, and says why.
    expect(count(html, 'Set a date to add it to a calendar.')).toBe(1);
    expect(html).not.toMatch(/>Add [^<]*calendar/i);
    doc.destroy();
  });
});
