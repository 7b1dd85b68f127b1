import { addComment, resolveComment } from '@mentoring/shared/doc/comments';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createCommentsStore, targetKey, threadsOf } from './comments-store';
import { clearFocus, createPresenceStore, setFocus } from './presence-store';

const mentor = { memberId: 'm-mentor', name: 'Mira', organisation: 'Málaga' };
const mentee = { memberId: 'm-mentee', name: 'Jānis' };

describe('comments store', () => {
  it('counts open threads per target and groups answers under their question', () => {
    const doc = new Y.Doc();
    const store = createCommentsStore(doc);
    let calls = 0;
    store.subscribe(() => {
      calls++;
    });
    const cell = { itemId: 'row-1', field: 'successMeasure' };
    const question = addComment(doc, { target: cell, author: mentor, text: 'How will you count it?' });
    addComment(doc, { target: cell, author: mentee, text: 'Attendance lists.', replyTo: question });
    const other = addComment(doc, { target: { field: 'challenge' }, author: mentor, text: 'Why now?' });
    expect(store.openCount(targetKey(cell))).toBe(1);
    expect(store.openCount(targetKey({ field: 'challenge' }))).toBe(1);
    expect(store.openCount(targetKey({ itemId: 'row-1' }))).toBe(0);
    const threads = threadsOf(store.all(), targetKey(cell));
    expect(threads.map((thread) => [thread.root.text, thread.replies.map((r) => r.text)])).toEqual([
      ['How will you count it?', ['Attendance lists.']],
    ]);
    resolveComment(doc, question, mentee);
    resolveComment(doc, other, mentee);
    expect(store.openCount(targetKey(cell))).toBe(0);
    expect(calls).toBe(5);
    store.destroy();
  });

  it('keeps an answer whose question was deleted as a thread of its own', () => {
    const doc = new Y.Doc();
    const target = { field: 'challenge' };
    const comments = [
      {
        id: 'a',
        target,
        author: mentee,
        text: 'Answer',
        createdAt: '2025-01-01T00:00:00Z',
        replyTo: 'gone',
      },
    ];
    expect(threadsOf(comments, targetKey(target))).toEqual([{ root: comments[0], replies: [] }]);
    doc.destroy();
  });
});

describe('presence store', () => {
  function client(id: number, user: { memberId: string; name: string; color: string }) {
    const doc = new Y.Doc();
    doc.clientID = id;
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', user);
    return awareness;
  }
  /** Copies B's awareness state into A, as the provider would. */
  function relay(from: Awareness, to: Awareness) {
    const state = from.getLocalState();
    const states = to.getStates();
    if (state) states.set(from.clientID, state);
    else states.delete(from.clientID);
    to.emit('change', [{ added: [], updated: [from.clientID], removed: [] }, 'remote']);
  }

  it('says who else is in which field, and forgets them when they leave it', () => {
    const me = client(1, { memberId: 'me', name: 'Me', color: '#1d4ed8' });
    const ana = client(2, { memberId: 'ana', name: 'Ana', color: '#b91c1c' });
    const store = createPresenceStore(me);
    const cell = { itemId: 'row-1', field: 'actions' };
    setFocus(ana, cell);
    relay(ana, me);
    const editors = store.editors(targetKey(cell));
    expect(editors.map((editor) => editor.name)).toEqual(['Ana']);
    // Unrelated awareness traffic keeps the same array (memoised fields do not re-render).
    relay(ana, me);
    expect(store.editors(targetKey(cell))).toBe(editors);
    // My own focus is not shown to me.
    setFocus(me, cell);
    expect(store.editors(targetKey(cell))).toHaveLength(1);
    clearFocus(ana, { field: 'other' });
    relay(ana, me);
    expect(store.editors(targetKey(cell))).toHaveLength(1);
    clearFocus(ana, cell);
    relay(ana, me);
    expect(store.editors(targetKey(cell))).toHaveLength(0);
    store.destroy();
  });
});
