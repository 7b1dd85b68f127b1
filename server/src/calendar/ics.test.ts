import type { VisitAgenda } from '@mentoring/shared/schema/templates/visit-agenda';
import { describe, expect, it } from 'vitest';
import { eventOfItem, eventsOfAgenda } from './calendar-events.js';
import { icsOf } from './ics.js';

const visit = {
  id: 'v1',
  proposedBy: null,
  kind: 'groundwork',
  title: 'Groundwork in Jelgava',
  mode: 'in-person',
  date: '2026-03-04',
  endDate: '2026-03-06',
  place: 'Jelgava, city hall',
  link: '',
  participants: 'Mentors and the local support group',
  objectives: 'Understand the local context',
  toMeet: 'Language teachers',
  questions: 'Who funds the courses?',
  agenda: [],
  outcomes: '',
  nextSteps: [],
  recap: '',
} satisfies VisitAgenda['visits'][number];

const agenda: VisitAgenda = {
  kind: 'visit-agenda',
  overview: '',
  comments: [],
  visits: [
    visit,
    {
      ...visit,
      id: 'v2',
      kind: 'inspiration',
      title: '',
      mode: 'virtual',
      date: '2026-05-12',
      endDate: '',
      link: 'https://meet.example.org/schaerbeek',
    },
    { ...visit, id: 'v3', date: '' },
  ],
  meetings: [
    {
      id: 'm1',
      proposedBy: null,
      title: 'Check-in',
      date: '2026-04-15',
      time: '10:30',
      link: 'https://meet.example.org/check-in',
      notes: '',
      nextSteps: [],
    },
  ],
};

// Unfolded lines (RFC 5545 §3.1: a line longer than 75 octets continues after CRLF + space).
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const stamp = new Date('2026-01-01T00:00:00Z');

describe('calendar events', () => {
  it('make an in-person visit an all-day event over its days, at its place', () => {
    const event = eventOfItem('b1', agenda, 'v1', 'en', 'Meeting');
    const ics = lines(icsOf('Jelgava–Schaerbeek', event ? [event] : [], stamp));
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('UID:v1@b1.mentoring-board');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260304');
    // DTEND of an all-day event is the day after the last day.
    expect(ics).toContain('DTEND;VALUE=DATE:20260307');
    expect(ics).toContain('SUMMARY:Groundwork in Jelgava');
    expect(ics).toContain('LOCATION:Jelgava\\, city hall');
    const description = ics.find((line) => line.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toContain('Clarifying questions: Who funds the courses?');
    expect(ics.some((line) => line.startsWith('URL'))).toBe(false);
  });

  it('make a virtual visit carry its link as location and URL, named by its kind when untitled', () => {
    const event = eventOfItem('b1', agenda, 'v2', 'es', 'Reunión');
    const ics = lines(icsOf('P', event ? [event] : [], stamp));
    expect(ics).toContain('DTSTART;VALUE=DATE:20260512');
    expect(ics).toContain('DTEND;VALUE=DATE:20260513');
    expect(ics).toContain('LOCATION:https://meet.example.org/schaerbeek');
    expect(ics).toContain('URL;VALUE=URI:https://meet.example.org/schaerbeek');
    expect(ics.find((line) => line.startsWith('SUMMARY:'))).toMatch(/^SUMMARY:Inspiración/);
  });

  it('make a meeting with a time a floating one-hour event; leave undated visits out', () => {
    const events = eventsOfAgenda('b1', agenda, 'en', 'Meeting');
    expect(events.map((event) => event.uid)).toEqual([
      'v1@b1.mentoring-board',
      'v2@b1.mentoring-board',
      'm1@b1.mentoring-board',
    ]);
    const ics = lines(icsOf('P', events, stamp));
    expect(ics.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    // Floating: no Z and no TZID, the wall-clock time as typed.
    expect(ics).toContain('DTSTART:20260415T103000');
    expect(ics).toContain('DTEND:20260415T113000');
    expect(eventOfItem('b1', agenda, 'v3', 'en', 'Meeting')).toBeNull();
  });
});
