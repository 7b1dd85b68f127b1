import { listHandleOf, templateDoc } from '@mentoring/shared/doc/declared';
import { replaceText } from '@mentoring/shared/doc/fields';
import { TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { TemplateDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { PILOT_TEMPLATE } from '@mentoring/shared/schema/templates/fixture-template';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type BoardScope, BoardScopeContext } from '../fields/board-scope';
import { createCommentsStore } from '../fields/comments-store';
import { createPresenceStore } from '../fields/presence-store';
import { type BoardsT, registerBoardStrings } from '../fields/use-boards-t';
import { BOARDS_NAMESPACE, boardsEn } from '../locales';
import { DeclaredBoard } from './DeclaredBoard';
import { TemplateContext } from './template-context';
import { WHOLE_AT_ONCE } from './whole-rows';

/**
 * The client half of the proof that a template is declared once (the server half, exports, compare
 * and completeness, is server/src/exports/fixture-template.test.ts): the generic board renders a
 * template declared outside the registry, its new field and its new list column included.
 */

function boardsT(): BoardsT {
  const instance = i18next.createInstance();
  // The app loads its namespaces lazily; here the English board strings are given at once.
  void instance.init({
    lng: 'en',
    resources: { en: { [BOARDS_NAMESPACE]: boardsEn } },
    initAsync: false,
    showSupportNotice: false,
  });
  registerBoardStrings(instance);
  // As use-boards-t does: the app's i18next typings know only its own namespace.
  const untyped = instance as unknown as {
    getFixedT(language: string, namespace: string): (key: string, options?: object) => string;
  };
  const fixed = untyped.getFixedT('en', 'boards');
  return (key, values) => fixed(key, values);
}

function render(doc: Y.Doc, template: TemplateDeclaration = PILOT_TEMPLATE): string {
  const awareness = new Awareness(doc);
  const user = { memberId: 'm-1', name: 'Ana', color: '#0a6', role: 'facilitator' };
  const scope: BoardScope = {
    doc,
    awareness,
    kind: template.kind,
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
  try {
    return renderToStaticMarkup(
      <BoardScopeContext.Provider value={scope}>
        <TemplateContext.Provider value={template}>
          <DeclaredBoard />
        </TemplateContext.Provider>
      </BoardScopeContext.Provider>,
    );
  } finally {
    scope.comments.destroy();
    scope.presence.destroy();
    awareness.destroy();
  }
}

describe('the generic board', () => {
  it('renders a template declared outside the registry, new field and new column included', () => {
    const doc = new Y.Doc();
    templateDoc(PILOT_TEMPLATE).create(doc);
    replaceText(doc.getText('text:pilotBudget'), 'EUR 12 400');
    const steps = listHandleOf(PILOT_TEMPLATE, 'steps');
    const id = steps.insert(doc, { by: null, id: 'step-1' });
    replaceText(steps.text(doc, id, 'owner') ?? new Y.Text(), 'Marta Ruiz');
    const html = render(doc);
    const page = new DOMParserLike(html);
    // The new board field: a labelled text field.
    expect(page.labels()).toContain('pilotBudget');
    // The new column: its header, and its cell in the step's row, labelled with the row.
    expect(page.columnHeaders('steps-table')).toEqual(['No.', 'task', 'owner', 'done', 'Tools']);
    expect(page.labels()).toContain('owner, Action 1');
    expect(html).toContain('data-item-id="step-1"');
    doc.destroy();
  });

  it('opens a long table with its first rows whole and the rest as named text cells, tools to follow', () => {
    const doc = new Y.Doc();
    templateDoc(PILOT_TEMPLATE).create(doc);
    const steps = listHandleOf(PILOT_TEMPLATE, 'steps');
    const count = WHOLE_AT_ONCE + 6;
    for (let n = 1; n <= count; n++) {
      const id = steps.insert(doc, { by: null, id: `step-${n}` });
      replaceText(steps.text(doc, id, 'owner') ?? new Y.Text(), `Owner ${n}`);
    }
    const html = render(doc);
    const rows = [...html.matchAll(/<tr[^>]*data-item-id="step-(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(count);
    for (const [, n, row = ''] of rows) {
      const position = Number(n);
      // Every row: its number, and each text cell named by column and row with its text.
      expect(row).toContain(`aria-label="owner, Action ${position}"`);
      expect(row).toContain(`>Owner ${position}</div>`);
      expect(row).toContain('role="textbox"');
      // Tools and comment buttons: at once in the first rows, later (DataRow, whole-rows.ts) in the rest.
      expect(row.includes('data-testid="delete-item"')).toBe(position <= WHOLE_AT_ONCE);
      expect(row.includes('data-testid="comment-button"')).toBe(position <= WHOLE_AT_ONCE);
    }
    doc.destroy();
  });

  it.each(Object.values(TEMPLATES))(
    'renders every section of the $kind board',
    (template: TemplateDeclaration) => {
      const doc = new Y.Doc();
      templateDoc(template).create(doc);
      const html = render(doc, template);
      expect(html).toContain(`data-testid="${template.kind}"`);
      for (const entry of template.body) if ('id' in entry) expect(html).toContain(`id="${entry.id}"`);
      doc.destroy();
    },
  );
});

/** Just enough reading of static markup (there is no DOM here): labels and a table's headers. */
class DOMParserLike {
  constructor(private readonly html: string) {}

  private texts(pattern: RegExp): string[] {
    return [...this.html.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, '').trim());
  }

  /** Label elements' texts and `aria-label`s (a table's text cell names itself: CellText). */
  labels(): string[] {
    return [...this.texts(/<label[^>]*>([\s\S]*?)<\/label>/g), ...this.texts(/aria-label="([^"]*)"/g)];
  }

  columnHeaders(testId: string): string[] {
    const table = new RegExp(`<table[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</table>`).exec(
      this.html,
    )?.[1];
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(table ?? '')?.[1] ?? '';
    // A heading's text only (its width handle is markup without text).
    return [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((match) =>
      (match[1] ?? '').replace(/<[^>]*>/g, '').trim(),
    );
  }
}
