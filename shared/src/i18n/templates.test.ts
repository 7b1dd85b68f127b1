import { describe, expect, it } from 'vitest';
import { CHECK_KINDS } from '../doc/checks/check-kinds.js';
import { LanguageSchema } from '../schema/programme.js';
import { ASSESSMENTS } from '../schema/templates/benchmark.js';
import { templateFields } from '../schema/templates/fields.js';
import { TEMPLATE_KINDS } from '../schema/templates/kinds.js';
import { templateSchemas } from '../schema/templates/registry.js';
import { STAKEHOLDER_KINDS } from '../schema/templates/support-network.js';
import { AGENDA_ITEM_KINDS, VISIT_KINDS, VISIT_MODES } from '../schema/templates/visit-agenda.js';
import type { FieldText } from './field-text.js';
import { registerAllTemplateTexts } from './locale-files.js';
import { fieldText, hasTemplateTexts, TEMPLATE_TEXTS } from './templates.js';

registerAllTemplateTexts();

// Every key path of a nested table, down to the { label, help } leaves.
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  if ('label' in value && 'help' in value) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix} / ${key}` : key),
  );
}

const languages = LanguageSchema.options;

function expectText(text: FieldText | undefined, where: string, withHelp: boolean): void {
  expect(text?.label.trim(), `label of ${where}`).toBeTruthy();
  if (withHelp) expect(text?.help.trim(), `help of ${where}`).toBeTruthy();
}

describe('template texts', () => {
  it('exist for every language of a programme', () => {
    expect([...languages].sort()).toEqual([...LanguageSchema.options].sort());
  });

  it('are read from the resource files of every language', () => {
    for (const language of languages) expect(hasTemplateTexts(language), language).toBe(true);
  });

  it.each(languages)('have exactly the keys of English in %s', (language) => {
    expect(keyPaths(TEMPLATE_TEXTS[language]).sort()).toEqual(keyPaths(TEMPLATE_TEXTS.en).sort());
  });

  it.each(TEMPLATE_KINDS)('label and explain every field of %s, and nothing else', (kind) => {
    const paths = templateFields(templateSchemas[kind]).map((field) => field.path);
    for (const language of languages) {
      expect(Object.keys(TEMPLATE_TEXTS[language].fields[kind]).sort(), language).toEqual([...paths].sort());
      for (const path of paths)
        expectText(fieldText(language, kind, path), `${language} ${kind} ${path}`, true);
      expectText(TEMPLATE_TEXTS[language].titles[kind], `${language} title of ${kind}`, true);
    }
  });

  it('label every option and every check', () => {
    for (const language of languages) {
      const { options, checks } = TEMPLATE_TEXTS[language];
      for (const value of ASSESSMENTS) expectText(options.assessment[value], `${language} ${value}`, false);
      for (const value of STAKEHOLDER_KINDS)
        expectText(options.stakeholderKind[value], `${language} ${value}`, false);
      for (const value of VISIT_KINDS) expectText(options.visitKind[value], `${language} ${value}`, true);
      for (const value of AGENDA_ITEM_KINDS)
        expectText(options.agendaItemKind[value], `${language} ${value}`, false);
      for (const value of VISIT_MODES) expectText(options.visitMode[value], `${language} ${value}`, false);
      for (const kind of CHECK_KINDS) expectText(checks[kind], `${language} check ${kind}`, true);
    }
  });

  it.each(languages.filter((language) => language !== 'en'))(
    'differ from English in %s (no untranslated copy)',
    (language) => {
      const en = TEMPLATE_TEXTS.en.fields['action-plan'];
      const other = TEMPLATE_TEXTS[language].fields['action-plan'];
      const same = Object.keys(en).filter((key) => en[key]?.help === other[key]?.help);
      expect(same).toEqual([]);
    },
  );

  it('find a field by its path, and nothing for an unknown path', () => {
    expect(fieldText('es', 'needs-analysis', 'localContext.sensitivities.legislation')?.label).toBe(
      'Legislación',
    );
    expect(fieldText('en', 'action-plan', 'nope')).toBeUndefined();
  });
});
