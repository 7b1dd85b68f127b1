import ical from 'ical-generator';
import type { CalendarEvent } from './calendar-events.js';

/** iCalendar text (RFC 5545) of events, made by ical-generator. */

const PRODID = { company: 'Mentoring board', product: 'Visits and meetings', language: 'EN' };
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

// ical-generator writes floating and all-day values from a Date's UTC fields: building the Dates
// with Date.UTC keeps the wall-clock values typed, whatever the server's own time zone.
function utc(date: string, time = '00:00'): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

/** A calendar of `events`, named `name` (a feed's title in calendar apps). */
export function icsOf(name: string, events: readonly CalendarEvent[], stamp: Date): string {
  const calendar = ical({ name, prodId: PRODID });
  for (const event of events) {
    const timed = event.time !== undefined;
    const start = utc(event.date, event.time);
    calendar.createEvent({
      id: event.uid,
      stamp,
      start,
      // An all-day event ends (exclusively) the day after its last day.
      end: timed
        ? new Date(start.getTime() + HOUR_MS)
        : new Date(utc(event.lastDate ?? event.date).getTime() + DAY_MS),
      allDay: !timed,
      floating: true,
      summary: event.summary,
      location: event.location || null,
      url: event.url,
      description: event.description || null,
    });
  }
  return calendar.toString();
}
