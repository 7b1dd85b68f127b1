import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonRef } from '../../schema/templates/common.js';
import { benchmark, createBenchmark, keyFactors, readBenchmark } from '../benchmark.js';
import { testNetwork } from '../test-sync.js';
import { LANGUAGE_LEARNING_BENCHMARK, loadLanguageLearningBenchmark } from './benchmark-language-learning.js';

const facilitator: PersonRef = { memberId: 'member-f', name: 'Facilitator' };

describe('example benchmark: language learning', () => {
  it.each(['en', 'es'] as const)(
    'loads in %s with the volunteering key factor and its examples',
    (language) => {
      const doc = new Y.Doc();
      expect(loadLanguageLearningBenchmark(doc, language, facilitator)).toBe('loaded');
      const json = readBenchmark(doc);
      const content = LANGUAGE_LEARNING_BENCHMARK[language];
      expect(json.theme).toBe(content.theme);
      expect(json.keyFactors.map((f) => f.title)).toEqual(content.keyFactors.map((f) => f.title));
      expect(json.keyFactors.length).toBeGreaterThanOrEqual(5);
      const volunteering = json.keyFactors.find((f) => /volunt/i.test(f.title));
      expect(volunteering?.examples.map((e) => e.link)).toEqual([
        'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        'http://www.via.brussels/projet-camim',
      ]);
      expect(volunteering?.guidingQuestions.split('\n')).toHaveLength(4);
      expect(
        json.keyFactors.every((f) => f.assessment === 'not-assessed' && f.proposedBy?.name === 'Facilitator'),
      ).toBe(true);
      expect(json.contextFactors.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('has the same structure in both languages', () => {
    const { en, es } = LANGUAGE_LEARNING_BENCHMARK;
    expect(es.keyFactors.map((f) => f.examples?.length ?? 0)).toEqual(
      en.keyFactors.map((f) => f.examples?.length ?? 0),
    );
    expect(es.keyFactors.map((f) => f.guidingQuestions?.split('\n').length)).toEqual(
      en.keyFactors.map((f) => f.guidingQuestions?.split('\n').length),
    );
    expect(es.contextFactors).toHaveLength(en.contextFactors.length);
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
