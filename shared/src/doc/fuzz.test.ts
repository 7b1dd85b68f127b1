import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ACTION_PLAN_COLUMNS, ActionPlanSchema } from '../schema/templates/action-plan.js';
import type { PersonRef } from '../schema/templates/common.js';
import { actionPlan, actionRows, createActionPlan, readActionPlan } from './action-plan.js';
import { addComment, readComments, resolveComment } from './comments.js';
import { seededRandom } from './random.js';
import { testNetwork } from './test-sync.js';

const people: PersonRef[] = [
  { memberId: 'member-0', name: 'Ana', organisation: 'Mentee city' },
  { memberId: 'member-1', name: 'Bo', organisation: 'Mentor city' },
  { memberId: 'member-2', name: 'Chiara' },
];

/** A seeded source of numbers for reproducible runs. */
function numbers(seed: string) {
  const bytes = seededRandom(seed);
  const next = () => {
    const [a = 0, b = 0, c = 0] = bytes(3);
    return ((a << 16) | (b << 8) | c) / 0x1000000;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  return { next, int, pick, random: seededRandom(`${seed}/keys`) };
}

type Rng = ReturnType<typeof numbers>;

// One random operation on the plan by one client, through the helpers the boards use.
function operate(doc: Y.Doc, who: PersonRef, rng: Rng): void {
  const ids = actionRows.ids(doc);
  const row = rng.pick(ids);
  const column = rng.pick(ACTION_PLAN_COLUMNS) ?? 'actions';
  const roll = rng.int(12);
  if (roll === 0 || !row) {
    actionRows.insert(doc, { by: who, index: rng.int(ids.length + 1), random: rng.random });
  } else if (roll <= 3) {
    const text = actionRows.text(doc, row, column);
    text?.insert(rng.int(text.length + 1), `${who.name[0]}${rng.int(100)} `);
  } else if (roll === 4) {
    const text = actionRows.text(doc, row, column);
    if (text && text.length > 0) {
      const start = rng.int(text.length);
      text.delete(start, 1 + rng.int(Math.min(5, text.length - start)));
    }
  } else if (roll === 5) {
    actionRows.move(doc, row, rng.int(ids.length), rng.random);
  } else if (roll === 6) {
    actionRows.remove(doc, row, who, new Date(Date.UTC(2025, 0, 1, 0, 0, rng.int(10_000))).toISOString());
  } else if (roll === 7) {
    const trashed = rng.pick(actionRows.trash(doc));
    if (trashed) actionRows.restore(doc, trashed.item.id);
  } else if (roll === 8) {
    const set = rng.next() < 0.5 ? 'needs' : 'keyFactorIds';
    actionRows.toggle(doc, row, set, `link-${rng.int(4)}`, rng.next() < 0.7);
  } else if (roll === 9) {
    const title = actionPlan.text(doc, 'title');
    title.insert(rng.int(title.length + 1), who.name);
  } else if (roll === 10) {
    actionPlan.set(doc, 'date', `2025-0${1 + rng.int(9)}-1${rng.int(10)}`);
  } else {
    const comment = rng.pick(readComments(doc));
    if (comment && rng.next() < 0.3) resolveComment(doc, comment.id, who, '2025-02-01T00:00:00.000Z');
    else
      addComment(doc, {
        target: { itemId: row, field: column },
        author: who,
        text: 'why?',
        replyTo: comment?.id,
        createdAt: '2025-02-01T00:00:00.000Z',
        random: rng.random,
      });
  }
}

describe('three clients, 300 random operations on the action plan', () => {
  for (const seed of ['alpha', 'beta', 'gamma', 'delta']) {
    it(`converges to the same valid JSON (seed ${seed})`, () => {
      const net = testNetwork(3);
      const rng = numbers(seed);
      const [first] = net.docs;
      if (first) createActionPlan(first, { title: 'Plan', menteeCity: 'Capaci' });
      for (let step = 0; step < 300; step++) {
        const client = rng.int(3);
        const doc = net.docs[client];
        const who = people[client];
        if (doc && who) operate(doc, who, rng);
        // Partial syncs: some queued updates of a random pair travel, in random subsets.
        if (rng.next() < 0.35) {
          const from = rng.int(3);
          const to = (from + 1 + rng.int(2)) % 3;
          net.deliver(from, to, () => rng.next() < 0.6);
        }
      }
      net.flush();
      const [a, b, c] = net.docs.map((doc) => readActionPlan(doc));
      expect(b).toEqual(a);
      expect(c).toEqual(a);
      expect(ActionPlanSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
      const ids = a?.rows.map((row) => row.id) ?? [];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
      net.destroy();
    });
  }
});
