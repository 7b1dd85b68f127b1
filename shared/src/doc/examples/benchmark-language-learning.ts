import type * as Y from 'yjs';
import type { Language } from '../../schema/programme.js';
import type { PersonRef } from '../../schema/templates/common.js';
import { benchmark, contextFactors, createBenchmark, keyFactors } from '../benchmark.js';
import { replaceText } from '../fields.js';
import type { Random } from '../random.js';
import type { ExampleBenchmark } from './example-benchmark.js';
import { LANGUAGE_LEARNING_EL } from './language-learning.el.js';
import { LANGUAGE_LEARNING_EN } from './language-learning.en.js';
import { LANGUAGE_LEARNING_ES } from './language-learning.es.js';
import { LANGUAGE_LEARNING_FR } from './language-learning.fr.js';
import { LANGUAGE_LEARNING_IT } from './language-learning.it.js';
import { LANGUAGE_LEARNING_LV } from './language-learning.lv.js';
import { LANGUAGE_LEARNING_NL } from './language-learning.nl.js';
import { loadContent } from './load.js';

/**
 * The example benchmark "language learning", by language: every language the board is offered in
 * has its own version (a language added to `LanguageSchema` fails to compile here until it has one).
 * All versions have the structure of the English one, factor for factor (see the test).
 */
export const LANGUAGE_LEARNING_BENCHMARK = {
  en: LANGUAGE_LEARNING_EN,
  es: LANGUAGE_LEARNING_ES,
  fr: LANGUAGE_LEARNING_FR,
  it: LANGUAGE_LEARNING_IT,
  nl: LANGUAGE_LEARNING_NL,
  el: LANGUAGE_LEARNING_EL,
  lv: LANGUAGE_LEARNING_LV,
} as const satisfies { readonly [L in Language]: ExampleBenchmark };
export type ExampleLanguage = Language;

/** The version for `language`; English only for a value outside `Language` (e.g. from an old client). */
function contentFor(language: ExampleLanguage): ExampleBenchmark {
  return Object.hasOwn(LANGUAGE_LEARNING_BENCHMARK, language)
    ? LANGUAGE_LEARNING_BENCHMARK[language]
    : LANGUAGE_LEARNING_EN;
}

function isEmpty(doc: Y.Doc): boolean {
  return (
    keyFactors.ids(doc).length === 0 &&
    contextFactors.ids(doc).length === 0 &&
    benchmark.text(doc, 'theme').length === 0 &&
    benchmark.text(doc, 'introduction').length === 0
  );
}

function write(doc: Y.Doc, content: ExampleBenchmark, by: PersonRef | null, random: Random, header: boolean) {
  if (header) {
    replaceText(benchmark.text(doc, 'theme'), content.theme);
    replaceText(benchmark.text(doc, 'introduction'), content.introduction);
  }
  for (const values of content.keyFactors) keyFactors.insert(doc, { by, values, random });
  for (const values of content.contextFactors) contextFactors.insert(doc, { by, values, random });
}

/**
 * Loads the example into a benchmark board, recording `by` (the facilitator) as the proposer of its
 * items. Into an empty benchmark it writes theme, introduction and all factors as one deterministic
 * change (see once.ts), so two facilitators loading it at once get it once: 'loaded'. Into a
 * benchmark that has content it appends the factors and leaves theme and introduction: 'appended'.
 */
export function loadLanguageLearningBenchmark(
  doc: Y.Doc,
  language: ExampleLanguage,
  by: PersonRef | null,
): 'loaded' | 'appended' {
  return loadContent(
    doc,
    'example:language-learning',
    { language, by },
    isEmpty(doc),
    (target, input, random, fresh) => {
      if (fresh) createBenchmark(target);
      write(target, contentFor(input.language), input.by, random, fresh);
    },
  );
}
