import type { PresenceEntry } from '@mentoring/shared/protocol/session-events';
import { describe, expect, it } from 'vitest';
import { orderRoster } from './RosterPanel';

const entry = (name: string, handRaisedAt: number | null = null): PresenceEntry => ({
  memberId: `m-${name}`,
  name,
  role: 'mentee',
  colour: '#000000',
  boardId: null,
  away: false,
  handRaisedAt,
});

describe('roster order', () => {
  it('puts raised hands first, then names in the Latvian alphabet', () => {
    const roster = [entry('Dobele'), entry('Čakste'), entry('Zane', 5), entry('Cēsis'), entry('Ābele')];
    expect(orderRoster(roster, 'lv').map((e) => e.name)).toEqual([
      'Zane',
      'Ābele',
      'Cēsis',
      'Čakste',
      'Dobele',
    ]);
  });

  it('sorts Greek names with accented capitals among the plain ones', () => {
    const roster = [entry('Ωραιόκαστρο'), entry('Άρτα'), entry('Βόλος'), entry('Αθήνα')];
    expect(orderRoster(roster, 'el').map((e) => e.name)).toEqual(['Αθήνα', 'Άρτα', 'Βόλος', 'Ωραιόκαστρο']);
  });
});
