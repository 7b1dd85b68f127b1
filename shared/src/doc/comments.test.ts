import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonRef } from '../schema/templates/common.js';
import { actionRows, readActionPlan } from './action-plan.js';
import {
  addComment,
  commentsOn,
  deleteComment,
  editComment,
  readComments,
  reopenComment,
  resolveComment,
} from './comments.js';
import { syncPair } from './test-sync.js';

const mentor: PersonRef = { memberId: 'member-mentor', name: 'Marta', organisation: 'Mechelen' };
const mentee: PersonRef = { memberId: 'member-mentee', name: 'Pietro', organisation: 'Capaci' };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('comments', () => {
  it('threads a question on a cell and its answer, resolves and reopens', () => {
    const doc = new Y.Doc();
    const row = actionRows.insert(doc, { by: mentee });
    const target = { itemId: row, field: 'successMeasure' };
    const question = addComment(doc, {
      target,
      author: mentor,
      text: 'How will you count?',
      createdAt: at(1),
    });
    const answer = addComment(doc, {
      target,
      author: mentee,
      text: 'Sign-in sheets',
      replyTo: question,
      createdAt: at(2),
    });
    addComment(doc, { target: { field: 'title' }, author: mentor, text: 'Nice title', createdAt: at(3) });
    expect(commentsOn(readComments(doc), target).map((c) => [c.id, c.replyTo])).toEqual([
      [question, undefined],
      [answer, question],
    ]);
    expect(resolveComment(doc, question, mentee, at(4))).toBe(true);
    expect(readComments(doc)[0]?.resolved).toEqual({ by: mentee, at: at(4) });
    reopenComment(doc, question);
    expect(readComments(doc)[0]?.resolved).toBeUndefined();
    editComment(doc, answer, 'Sign-in sheets and a survey', at(5));
    expect(readComments(doc)[1]).toMatchObject({ text: 'Sign-in sheets and a survey', editedAt: at(5) });
    expect(deleteComment(doc, question)).toBe(true);
    expect(readComments(doc).map((c) => c.id)).not.toContain(question);
    expect(readActionPlan(doc).comments).toHaveLength(2);
  });

  it('keeps comments added concurrently by two clients', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addComment(a, { target: {}, author: mentor, text: 'one', createdAt: at(1) });
    addComment(b, { target: {}, author: mentee, text: 'two', createdAt: at(1) });
    syncPair(a, b);
    expect(
      readComments(a)
        .map((c) => c.text)
        .sort(),
    ).toEqual(['one', 'two']);
    expect(readComments(b)).toEqual(readComments(a));
  });

  it('rejects a malformed comment and skips malformed stored ones', () => {
    const doc = new Y.Doc();
    expect(() =>
      addComment(doc, { target: {}, author: mentor, text: 'x', createdAt: 'yesterday' }),
    ).toThrow();
    doc.getArray('comments').push([new Y.Map<unknown>([['id', 'x']])]);
    expect(readComments(doc)).toEqual([]);
  });
});
