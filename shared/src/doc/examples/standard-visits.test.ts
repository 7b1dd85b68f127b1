import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { LanguageSchema } from '../../schema/programme.js';
import type { PersonRef } from '../../schema/templates/common.js';
import { testNetwork } from '../test-sync.js';
import { readVisitAgenda } from '../visit-agenda.js';
import { addStandardVisits } from './standard-visits.js';

const facilitator: PersonRef = { memberId: 'member-f', name: 'Facilitator' };

describe('standard visits', () => {
  it.each(LanguageSchema.options)('adds the three visits of the guide in %s, once', (language) => {
    const net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    const input = { language, menteeCity: 'Capaci', mentorCity: 'Mechelen', by: facilitator };
    expect(addStandardVisits(a, input)).toBe('loaded');
    addStandardVisits(b, input);
    net.flush();
    const agenda = readVisitAgenda(a);
    expect(agenda).toEqual(readVisitAgenda(b));
    expect(agenda.visits.map((v) => [v.kind, v.place])).toEqual([
      ['groundwork', 'Capaci'],
      ['inspiration', 'Mechelen'],
      ['consolidation', 'Capaci'],
    ]);
    expect(agenda.visits[0]?.agenda.map((item) => item.kind)).toEqual([
      'recap',
      'interviews',
      'good-practice',
      'action-planning',
    ]);
    expect(addStandardVisits(a, input)).toBe('appended');
    expect(readVisitAgenda(a).visits).toHaveLength(6);
    net.destroy();
  });
});
