import { fieldText } from '@mentoring/shared/i18n/templates';
import type { Language } from '@mentoring/shared/schema/programme';
import { templateFields } from '@mentoring/shared/schema/templates/fields';
import { TEMPLATE_KINDS, type TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { templateSchemas } from '@mentoring/shared/schema/templates/registry';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOutline, type Outline } from './outline.js';
import { NO_REFERENCES, type References } from './outline-values.js';

const programme = (language: Language) => ({
  title: 'Programa ñ',
  menteeCity: 'Rīga',
  mentorCity: 'Málaga',
  language,
});

/** A valid JSON form with every field filled: each text says where it belongs; one item per list. */
function sample(schema: z.ZodType, path: string): unknown {
  if (schema instanceof z.ZodString) return `«${path} ñ ç Ελληνικά ā ē ī ū š ž»`;
  if (schema instanceof z.ZodBoolean) return true;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodObject) {
    const entries = Object.entries(schema.shape).map(([key, child]) => [
      key,
      key === 'comments' ? [] : sample(child as z.ZodType, path ? `${path}.${key}` : key),
    ]);
    return Object.fromEntries(entries);
  }
  if (schema instanceof z.ZodArray) return [sample(schema.element as z.ZodType, path)];
  // Nullable: who proposed an item (left unknown), and an agenda item's link to a board.
  if (schema instanceof z.ZodNullable) return path.endsWith('boardId') ? 'board-1' : null;
  return ['2025-01-02', '10:00', 'board-1', null].find((value) => schema.safeParse(value).success);
}

function filled(kind: TemplateKind): Record<string, unknown> {
  const content = sample(templateSchemas[kind], '') as Record<string, unknown>;
  return templateSchemas[kind].parse({ ...content, kind }) as Record<string, unknown>;
}

/** Every word the outline shows. */
function words(outline: Outline): string {
  const parts = [outline.title, outline.subtitle];
  for (const block of outline.blocks) {
    if (block.type === 'heading' || block.type === 'text') parts.push(block.text);
    if (block.type === 'facts') for (const fact of block.facts) parts.push(`${fact.label}: ${fact.value}`);
    if (block.type === 'table') parts.push(...block.columns, ...block.rows.flat());
  }
  return parts.join('\n');
}

function outlineOf(kind: TemplateKind, language: Language, references: References = NO_REFERENCES) {
  return buildOutline({
    programme: programme(language),
    board: { title: 'Tablero', kind },
    content: filled(kind),
    references,
  });
}

describe('document outline', () => {
  it.each(
    TEMPLATE_KINDS.flatMap((kind) => (['en', 'es'] as const).map((language) => [kind, language] as const)),
  )('shows every field of %s with its %s label and its value', (kind, language) => {
    const text = words(outlineOf(kind, language));
    for (const { path, type } of templateFields(templateSchemas[kind])) {
      expect(text, `label of ${path}`).toContain(fieldText(language, kind, path)?.label);
      if (type === 'text')
        expect(text, `value of ${path}`).toMatch(new RegExp(`«[a-zA-Z.]*${path.split('.').pop()} ñ`));
    }
    expect(text).toContain('Programa ñ');
  });

  it('lays out the action plan as annex 6: header facts, then the six-column table, landscape', () => {
    const outline = outlineOf('action-plan', 'es');
    expect(outline.landscape).toBe(true);
    expect(outline.subtitle).toBe('Plan de acción');
    const [facts, heading, table] = outline.blocks;
    expect(facts?.type === 'facts' && facts.facts.map((f) => f.label)).toEqual([
      'Programa',
      'Título del plan',
      'Ciudad mentorizada',
      'Ciudad mentora',
      'Fecha',
      'Versión',
    ]);
    expect(heading).toMatchObject({ type: 'heading', level: 2 });
    expect(table?.type === 'table' && table.columns).toEqual([
      '1. Acciones',
      '2. Resultados',
      '3. Marco temporal',
      '4. Quién lidera',
      '5. Recursos y socios',
      '6. Evaluación del éxito',
    ]);
    expect(outline.blocks).toHaveLength(3);
  });

  it('names what rows and agenda items link to, and shows options in the programme language', () => {
    const references: References = {
      boardTitles: new Map([['board-1', 'Plan de acción ñ']]),
      keyFactorTitles: new Map(),
    };
    const agenda = words(outlineOf('visit-agenda', 'es', references));
    expect(agenda).toContain('Plan de acción ñ');
    expect(agenda).toContain('Tablero: Plan de acción ñ');
    expect(agenda).toContain('Tipo de visita: Preparación del terreno (ciudad mentorizada)');
    const plan = buildOutline({
      programme: programme('en'),
      board: { title: 'Plan', kind: 'action-plan' },
      content: {
        ...filled('action-plan'),
        rows: [
          { ...(filled('action-plan').rows as object[])[0], needs: ['challenge'], keyFactorIds: ['kf-1'] },
        ],
      },
      references: { boardTitles: new Map(), keyFactorTitles: new Map([['kf-1', 'Volunteering ā']]) },
    });
    const text = words(plan);
    expect(text).toContain(
      `${fieldText('en', 'action-plan', 'rows.needs')?.label}: ${fieldText('en', 'needs-analysis', 'challenge')?.label}`,
    );
    expect(text).toContain('Key factors: Volunteering ā');
  });

  it('shows the programme cities for templates without their own, and fills an empty plan header from them', () => {
    const needs = outlineOf('needs-analysis', 'en');
    expect(needs.blocks[0]).toEqual({
      type: 'facts',
      facts: [
        { label: 'Programme', value: 'Programa ñ' },
        { label: 'Mentee city', value: 'Rīga' },
        { label: 'Mentor city', value: 'Málaga' },
      ],
    });
    const plan = buildOutline({
      programme: programme('en'),
      board: { title: 'Plan', kind: 'action-plan' },
      content: { ...filled('action-plan'), menteeCity: '', title: '' },
      references: NO_REFERENCES,
    });
    const header = plan.blocks[0]?.type === 'facts' ? plan.blocks[0].facts : [];
    expect(header.find((f) => f.label === 'Mentee city')?.value).toBe('Rīga');
    expect(header.find((f) => f.label === 'Title of the plan')?.value).toBe('—');
  });

  it('ends with the comments, one thread per block, replies below, resolved ones marked', () => {
    const content = filled('action-plan');
    const rowId = (content.rows as { id: string }[])[0]!.id;
    const person = (name: string) => ({ memberId: `m-${name}`, name });
    const at = '2026-11-20T10:00:00.000Z';
    content.comments = [
      {
        id: 'c1',
        target: { itemId: rowId, field: 'successMeasure' },
        author: person('Ana'),
        text: 'How do we count this?',
        createdAt: at,
      },
      {
        id: 'c2',
        target: {},
        author: person('Jan'),
        text: 'Good start',
        createdAt: at,
        resolved: { by: person('Ana'), at },
      },
      {
        id: 'c3',
        target: { itemId: rowId, field: 'successMeasure' },
        author: person('Jan'),
        text: 'Places filled',
        createdAt: at,
        replyTo: 'c1',
      },
      { id: 'bad', text: 'not a comment' },
    ];
    const outline = buildOutline({
      programme: programme('en'),
      board: { title: 'Plan', kind: 'action-plan' },
      content,
      references: NO_REFERENCES,
    });
    const tail = outline.blocks.slice(-3);
    expect(tail[0]).toEqual({ type: 'heading', level: 2, text: 'Comments' });
    expect(tail[1]).toEqual({
      type: 'text',
      text: 'Actions 1 · 6. Success evaluation\nAna (20 Nov 2026): How do we count this?\n↳ Jan (20 Nov 2026): Places filled',
    });
    expect(tail[2]).toEqual({
      type: 'text',
      text: 'The whole board (resolved)\nJan (20 Nov 2026): Good start',
    });
  });

  it('adds no comments section to a board without comments', () => {
    expect(words(outlineOf('action-plan', 'en'))).not.toContain('Comments');
  });

  it('takes the export language apart from the programme’s: labels, title and a dated header in it', () => {
    const outline = buildOutline({
      programme: programme('es'),
      board: { title: 'Tablero', kind: 'action-plan' },
      content: filled('action-plan'),
      references: NO_REFERENCES,
      language: 'lv',
      exportedAt: '2026-03-03T23:59:00.000Z',
    });
    expect(outline.language).toBe('lv');
    const text = words(outline);
    expect(text).toContain(`${fieldText('lv', 'action-plan', 'rows')?.label}`);
    expect(text).not.toContain(`${fieldText('es', 'action-plan', 'rows.lead')?.label}`);
    expect(outline.exported).toMatch(/^Eksportēšanas datums: 2026\. gada 3\. mart/);
  });
});
