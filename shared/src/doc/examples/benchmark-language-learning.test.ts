import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LanguageSchema } from '../../schema/programme.js';
import { BenchmarkSchema } from '../../schema/templates/benchmark.js';
import type { PersonRef } from '../../schema/templates/common.js';
import { benchmark, createBenchmark, keyFactors, readBenchmark } from '../benchmark.js';
import { testNetwork } from '../test-sync.js';
import { LANGUAGE_LEARNING_BENCHMARK, loadLanguageLearningBenchmark } from './benchmark-language-learning.js';
import type { ExampleBenchmark } from './example-benchmark.js';

const facilitator: PersonRef = { memberId: 'member-f', name: 'Facilitator' };
const LANGUAGES = LanguageSchema.options;
const { en } = LANGUAGE_LEARNING_BENCHMARK;
/** Where the volunteering key factor stands, found by its English title; the same in every version. */
const VOLUNTEERING = en.keyFactors.findIndex((f) => /volunt/i.test(f.title ?? ''));

const lines = (text: string | undefined) => text?.split('\n').length ?? 0;
/** Everything of a version but its wording: counts of factors, examples, lines, and the links. */
function shape(content: ExampleBenchmark) {
  return {
    keyFactors: content.keyFactors.map((f) => ({
      keys: Object.keys(f).sort(),
      rationale: lines(f.rationale),
      guidingQuestions: lines(f.guidingQuestions),
      practicalTips: lines(f.practicalTips),
      examples: f.examples?.map((e) => ({ keys: Object.keys(e).sort(), link: e.link })) ?? [],
    })),
    contextFactors: content.contextFactors.map((f) => Object.keys(f).sort()),
  };
}

describe('example benchmark: language learning', () => {
  it('has a version for every language of the board', () => {
    expect(Object.keys(LANGUAGE_LEARNING_BENCHMARK).sort()).toEqual([...LANGUAGES].sort());
    expect(VOLUNTEERING).toBeGreaterThanOrEqual(0);
  });

  it.each(LANGUAGES)('loads in %s with the volunteering key factor and its examples', (language) => {
    const doc = new Y.Doc();
    expect(loadLanguageLearningBenchmark(doc, language, facilitator)).toBe('loaded');
    const json = readBenchmark(doc);
    expect(BenchmarkSchema.safeParse(json).success).toBe(true);
    const content = LANGUAGE_LEARNING_BENCHMARK[language];
    expect(json.theme).toBe(content.theme);
    expect(json.introduction).toBe(content.introduction);
    expect(json.keyFactors.map((f) => f.title)).toEqual(content.keyFactors.map((f) => f.title));
    expect(json.contextFactors.map((f) => f.title)).toEqual(content.contextFactors.map((f) => f.title));
    expect(json.keyFactors.length).toBeGreaterThanOrEqual(5);
    if (language === 'en' || language === 'es') {
      expect(json.keyFactors.find((f) => /volunt/i.test(f.title))).toBe(json.keyFactors[VOLUNTEERING]);
    }
    const volunteering = json.keyFactors[VOLUNTEERING];
    expect(volunteering?.examples.map((e) => e.link)).toEqual([
      'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
      'http://www.via.brussels/projet-camim',
    ]);
    expect(volunteering?.guidingQuestions.split('\n')).toHaveLength(4);
    expect(
      json.keyFactors.every((f) => f.assessment === 'not-assessed' && f.proposedBy?.name === 'Facilitator'),
    ).toBe(true);
    expect(json.contextFactors.length).toBeGreaterThanOrEqual(3);
  });

  it.each(LANGUAGES)('has the same structure in %s as in English', (language) => {
    const content = LANGUAGE_LEARNING_BENCHMARK[language];
    expect(content.keyFactors.map((f) => f.examples?.length ?? 0)).toEqual(
      en.keyFactors.map((f) => f.examples?.length ?? 0),
    );
    expect(content.keyFactors.map((f) => f.guidingQuestions?.split('\n').length)).toEqual(
      en.keyFactors.map((f) => f.guidingQuestions?.split('\n').length),
    );
    expect(content.contextFactors).toHaveLength(en.contextFactors.length);
    expect(shape(content)).toEqual(shape(en));
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('is written in %s, not left in English', (language) => {
    const content = LANGUAGE_LEARNING_BENCHMARK[language];
    const texts = (c: ExampleBenchmark) => [
      c.theme,
      c.introduction,
      ...c.keyFactors.flatMap((f) => [f.title, f.rationale, f.guidingQuestions, f.practicalTips]),
      ...c.contextFactors.flatMap((f) => [f.title, f.description, f.implications]),
    ];
    const english = new Set(texts(en));
    expect(texts(content).filter((t) => english.has(t))).toEqual([]);
  });

  it('is loaded once when two facilitators load it at the same time', () => {
    const net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    createBenchmark(a);
    createBenchmark(b);
    loadLanguageLearningBenchmark(a, 'en', facilitator);
    loadLanguageLearningBenchmark(b, 'en', facilitator);
    const first = keyFactors.ids(b)[0] ?? '';
    keyFactors.set(b, first, 'assessment', 'gap');
    net.flush();
    const json = readBenchmark(a);
    expect(json).toEqual(readBenchmark(b));
    expect(json.keyFactors).toHaveLength(LANGUAGE_LEARNING_BENCHMARK.en.keyFactors.length);
    expect(json.keyFactors[0]?.assessment).toBe('gap');
    net.destroy();
  });

  it('appends to a benchmark that already has content, keeping its theme', () => {
    const doc = new Y.Doc();
    createBenchmark(doc, { theme: 'Our own theme' });
    expect(loadLanguageLearningBenchmark(doc, 'es', facilitator)).toBe('appended');
    expect(benchmark.text(doc, 'theme').toString()).toBe('Our own theme');
    expect(readBenchmark(doc).keyFactors).toHaveLength(LANGUAGE_LEARNING_BENCHMARK.es.keyFactors.length);
  });
});
