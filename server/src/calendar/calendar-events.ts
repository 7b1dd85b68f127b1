import { fieldText, TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Language } from '@mentoring/shared/schema/programme';
import type { Meeting, Visit, VisitAgenda } from '@mentoring/shared/schema/templates/visit-agenda';

/**
 * The visits and meetings of a visit-agenda board as calendar events: plain data, made into iCalendar
 * text by ics.ts.
 *
 * Time zone decision: a programme records no time zone (its cities may sit in two), and visits and
 * meetings are entered as wall-clock dates and times. So a visit is an all-day event from its first
 * to its last day, and a meeting with a time is a *floating* event (RFC 5545 §3.3.5: the same wall
 * time wherever the calendar is) of one hour, or all-day without a time. This shows what was typed;
 * if programmes gain a time zone, meetings can carry a TZID instead.
 */
export interface CalendarEvent {
  /** Stable across exports, so a calendar updates the event rather than adding a copy. */
  readonly uid: string;
  readonly summary: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM` for a timed (floating) event; absent for an all-day one. */
  readonly time?: string;
  /** Last day, inclusive, of an all-day event. */
  readonly lastDate?: string;
  readonly location: string;
  /** The virtual visit's or meeting's link, if it is a web address. */
  readonly url: string | null;
  readonly description: string;
}

const label = (language: Language, path: string) =>
  fieldText(language, 'visit-agenda', path)?.label ?? path.slice(path.lastIndexOf('.') + 1);

const webAddress = (value: string): string | null => {
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
};

/** `Label: text` paragraphs of the non-empty fields. */
function paragraphs(language: Language, prefix: string, entries: readonly [string, string][]): string {
  return entries
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => `${label(language, `${prefix}.${key}`)}: ${value.trim()}`)
    .join('\n\n');
}

function visitEvent(boardId: string, visit: Visit, language: Language): CalendarEvent | null {
  if (!visit.date) return null;
  const kind = TEMPLATE_TEXTS[language].options.visitKind[visit.kind]?.label ?? visit.kind;
  const virtual = visit.mode === 'virtual';
  const agenda = visit.agenda
    .map((item) => [item.date, item.time, item.title.trim()].filter(Boolean).join(' '))
    .filter(Boolean);
  const description = [
    paragraphs(language, 'visits', [
      ['objectives', visit.objectives],
      ['participants', visit.participants],
      ['toMeet', visit.toMeet],
      ['questions', visit.questions],
    ]),
    agenda.length > 0 ? `${label(language, 'visits.agenda')}:\n${agenda.join('\n')}` : '',
    virtual && visit.link.trim() ? `${label(language, 'visits.link')}: ${visit.link.trim()}` : '',
  ];
  return {
    uid: `${visit.id}@${boardId}.mentoring-board`,
    summary: visit.title.trim() || kind,
    date: visit.date,
    lastDate: visit.endDate && visit.endDate >= visit.date ? visit.endDate : visit.date,
    location: virtual ? visit.link.trim() || visit.place.trim() : visit.place.trim(),
    url: virtual ? webAddress(visit.link) : null,
    description: description.filter(Boolean).join('\n\n'),
  };
}

function meetingEvent(boardId: string, meeting: Meeting, language: Language, fallback: string) {
  if (!meeting.date) return null;
  const event: CalendarEvent = {
    uid: `${meeting.id}@${boardId}.mentoring-board`,
    summary: meeting.title.trim() || fallback,
    date: meeting.date,
    ...(meeting.time ? { time: meeting.time.slice(0, 5) } : { lastDate: meeting.date }),
    location: meeting.link.trim(),
    url: webAddress(meeting.link),
    description: paragraphs(language, 'meetings', [
      ['notes', meeting.notes],
      ['link', meeting.link],
    ]),
  };
  return event;
}

/** The dated visits and meetings of a board, in the programme's language (`meeting`: an untitled one's name). */
export function eventsOfAgenda(
  boardId: string,
  agenda: VisitAgenda,
  language: Language,
  meeting: string,
): CalendarEvent[] {
  return [
    ...agenda.visits.map((visit) => visitEvent(boardId, visit, language)),
    ...agenda.meetings.map((item) => meetingEvent(boardId, item, language, meeting)),
  ].filter((event): event is CalendarEvent => event !== null);
}

/** The event of one visit or meeting of the board, or null if it has none (unknown id or no date). */
export function eventOfItem(
  boardId: string,
  agenda: VisitAgenda,
  itemId: string,
  language: Language,
  meeting: string,
): CalendarEvent | null {
  const uid = `${itemId}@${boardId}.mentoring-board`;
  return eventsOfAgenda(boardId, agenda, language, meeting).find((event) => event.uid === uid) ?? null;
}
