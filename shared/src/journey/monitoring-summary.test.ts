import { describe, expect, it } from 'vitest';
import type { MonitoredAction, MonitoringNote } from '../schema/templates/monitoring.js';
import { summarizeMonitoring } from './monitoring-summary.js';

let counter = 0;
const note = (date: string, text: string): MonitoringNote => ({
  id: `n${++counter}`,
  proposedBy: null,
  date,
  author: 'Ana',
  text,
});
const action = (id: string, more: Partial<MonitoredAction> = {}): MonitoredAction => ({
  id,
  proposedBy: null,
  actionId: `row-${id}`,
  title: `Action ${id}`,
  status: 'not-started',
  valueReached: '',
  nextReview: '',
  notes: [],
  ...more,
});

describe('summarizeMonitoring', () => {
  const today = '2026-06-15';

  it('groups actions by status, every status present, in board order', () => {
    const summary = summarizeMonitoring(
      {
        actions: [
          action('a', { status: 'on-track' }),
          action('b', { status: 'delayed' }),
          action('c', { status: 'on-track' }),
          action('d'),
        ],
      },
      today,
    );
    expect(summary.total).toBe(4);
    expect(Object.keys(summary.byStatus)).toEqual(['not-started', 'on-track', 'delayed', 'done', 'dropped']);
    expect(summary.byStatus['on-track'].map((r) => r.id)).toEqual(['a', 'c']);
    expect(summary.byStatus.delayed.map((r) => r.title)).toEqual(['Action b']);
    expect(summary.byStatus['not-started'].map((r) => r.actionId)).toEqual(['row-d']);
    expect(summary.byStatus.done).toEqual([]);
  });

  it('lists as overdue the reviews before today of actions neither done nor dropped, oldest first', () => {
    const summary = summarizeMonitoring(
      {
        actions: [
          action('late', { status: 'on-track', nextReview: '2026-06-01' }),
          action('today', { status: 'delayed', nextReview: today }),
          action('done', { status: 'done', nextReview: '2026-01-01' }),
          action('dropped', { status: 'dropped', nextReview: '2026-01-01' }),
          action('later', { nextReview: '2026-07-01' }),
          action('older', { status: 'delayed', nextReview: '2026-05-02' }),
          action('unset'),
        ],
      },
      today,
    );
    expect(summary.overdue.map((r) => [r.id, r.nextReview])).toEqual([
      ['older', '2026-05-02'],
      ['late', '2026-06-01'],
    ]);
  });

  it('shows the latest notes first, undated ones last, blank ones never, up to the limit', () => {
    const summary = summarizeMonitoring(
      {
        actions: [
          action('a', {
            notes: [note('2026-05-01', 'kick-off'), note('', 'undated'), note('2026-06-10', 'first')],
          }),
          action('b', { notes: [note('2026-06-12', 'newest'), note('2026-06-11', '  ')] }),
        ],
      },
      today,
      { recent: 3 },
    );
    expect(summary.recent.map((r) => [r.id, r.note.text])).toEqual([
      ['b', 'newest'],
      ['a', 'first'],
      ['a', 'kick-off'],
    ]);
  });
});
