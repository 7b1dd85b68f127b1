import { ensureSet, ensureText, type Owner, setValue, toggleEntry } from '@mentoring/shared/doc/fields';
import type { RecordSpec, ScalarSpec } from '@mentoring/shared/doc/layout';
import { listHandle } from '@mentoring/shared/doc/list';
import { templateDocs } from '@mentoring/shared/doc/registry';
import { formatDate, formatTime } from '@mentoring/shared/i18n/format';
import { registerAllTemplateTexts } from '@mentoring/shared/i18n/locale-files';
import { fieldText, TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Language } from '@mentoring/shared/schema/programme';
import type { PersonRef } from '@mentoring/shared/schema/templates/common';
import { templateFields } from '@mentoring/shared/schema/templates/fields';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { templateSchemas } from '@mentoring/shared/schema/templates/registry';
import type * as Y from 'yjs';
import { z } from 'zod';

/** Text with every kind of letter the exports must keep: Spanish, Catalan, Greek, Latvian. */
export const NON_ASCII = 'ñ ç Ελληνικά ā ē ī ū š ž';

/** What a filled board must show in an export, besides its labels. */
export interface FilledBoard {
  /** One unique marker per text field (`T007 ñ ç …`), and each value shown for a plain field or a set. */
  readonly values: string[];
  /** Ids of the top-level items, by list key. */
  readonly items: Record<string, string[]>;
  /** The values of {@link values} that belong to the items of each top-level list, by list key. */
  readonly itemValues: Record<string, string[]>;
}

/** Links to put into the fields that point elsewhere. */
export interface FillLinks {
  /** A board id for agenda items' `boardId`, and the title it should show as. */
  readonly board?: { id: string; title: string };
  /** A benchmark key factor id for action rows' `keyFactorIds`, and its title. */
  readonly keyFactor?: { id: string; title: string };
}

// The labels the exports must show, from the same resource files the server reads.
registerAllTemplateTexts();

type OptionTable = keyof (typeof TEMPLATE_TEXTS)['en']['options'];
const OPTIONS: Readonly<Record<string, OptionTable>> = {
  'keyFactors.assessment': 'assessment',
  'members.kind': 'stakeholderKind',
  'visits.kind': 'visitKind',
  'visits.agenda.kind': 'agendaItemKind',
  'actions.status': 'monitoringStatus',
  'visits.mode': 'visitMode',
  'items.level': 'governmentLevel',
  'items.status': 'feedbackStatus',
};

const by: PersonRef = { memberId: 'member-test', name: 'Tester ñ' };

/**
 * Creates a template board in `doc` and fills every field of it through the shared doc helpers (the
 * template's layout spec): two items in each top-level list, one in each nested list, every text a
 * unique marker with non-ASCII letters, every plain value set away from its default, every set with
 * entries. Returns what an export of the board must then contain.
 */
export function fillBoard(
  doc: Y.Doc,
  kind: TemplateKind,
  language: Language,
  links: FillLinks = {},
): FilledBoard {
  const all: string[] = [];
  const items: Record<string, string[]> = {};
  const itemValues: Record<string, string[]> = {};
  let bucket: string[] | null = null;
  // Every expected value goes to `all`, and to the list being filled, if any.
  const values = {
    push(...found: string[]) {
      all.push(...found);
      bucket?.push(...found);
    },
    /** A date or time: DOCX and PDF show it in the language's words, the CSV (`bucket`) as stored. */
    pushForms(words: string, plain: string) {
      all.push(words);
      bucket?.push(plain);
    },
  };
  let counter = 0;
  const marker = () => `T${String(++counter).padStart(3, '0')} ${NON_ASCII}`;

  const scalar = (path: string, spec: ScalarSpec): unknown => {
    const table = OPTIONS[path];
    if (spec.schema instanceof z.ZodEnum) {
      const options = spec.schema.options as string[];
      const value = options.find((option) => option !== spec.fallback) ?? options[0];
      const labels: Readonly<Record<string, { label: string }>> | undefined = table
        ? TEMPLATE_TEXTS[language].options[table]
        : undefined;
      values.push(labels?.[String(value)]?.label ?? String(value));
      return value;
    }
    if (path.endsWith('boardId') && links.board) {
      values.push(links.board.title);
      return links.board.id;
    }
    for (const candidate of [true, '2025-05-06', '09:30']) {
      if (spec.schema.safeParse(candidate).success) {
        if (candidate === true) values.push(language === 'es' ? 'Sí' : 'Yes');
        else if (candidate === '09:30') values.pushForms(formatTime(language, candidate), candidate);
        else values.pushForms(formatDate(language, String(candidate), 'medium'), String(candidate));
        return candidate;
      }
    }
    return spec.fallback;
  };
  const entries = (path: string): string[] => {
    if (path === 'rows.needs') {
      values.push(
        fieldText(language, 'needs-analysis', 'challenge')?.label ?? 'challenge',
        `Necesidad ${NON_ASCII}`,
      );
      return ['challenge', `Necesidad ${NON_ASCII}`];
    }
    if (path === 'rows.keyFactorIds' && links.keyFactor) {
      values.push(links.keyFactor.title);
      return [links.keyFactor.id];
    }
    const entry = marker();
    values.push(entry);
    return [entry];
  };

  const fill = (owner: Owner, spec: RecordSpec, prefix: string, copies: number) => {
    for (const key of spec.texts) {
      const text = marker();
      values.push(text);
      ensureText(owner, key).insert(0, text);
    }
    for (const [key, scalarSpec] of Object.entries(spec.scalars))
      setValue(owner, key, scalar(`${prefix}${key}`, scalarSpec));
    for (const key of spec.sets) {
      for (const entry of entries(`${prefix}${key}`)) toggleEntry(ensureSet(owner, key), entry, true);
    }
    for (const [key, child] of Object.entries(spec.lists)) {
      const list = listHandle(key, child, z.unknown());
      for (let i = 0; i < copies; i += 1) {
        const id = list.insert(owner, { by });
        if (prefix === '') {
          items[key] = [...(items[key] ?? []), id];
          bucket = itemValues[key] ??= [];
        }
        const item = list.item(owner, id);
        if (item) fill(item, child, `${prefix}${key}.`, 1);
        if (prefix === '') bucket = null;
      }
    }
  };

  const template = templateDocs[kind];
  template.create(doc);
  doc.transact(() => fill(doc, template.spec, '', 2));
  return { values: all, items, itemValues };
}

/** The labels of every field of a template in `language`. */
export function labelsOf(kind: TemplateKind, language: Language): string[] {
  return templateFields(templateSchemas[kind]).map(
    ({ path }) => fieldText(language, kind, path)?.label ?? path,
  );
}
