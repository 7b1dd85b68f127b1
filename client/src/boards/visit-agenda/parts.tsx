import type { BoardParts } from '../engine/template-context';
import { BoardLinkField } from './BoardLinkField';
import { CalendarButtons } from './CalendarButtons';
import { StandardVisits } from './StandardVisits';

/**
 * What the visit agenda has of its own: the guide's standard visits, links to boards worked on, and
 * the calendar buttons of each visit and meeting.
 */
const parts: BoardParts = {
  parts: {
    'standard-visits': StandardVisits,
    'visit-calendar': CalendarButtons,
    'meeting-calendar': CalendarButtons,
  },
  fields: { 'board-link': BoardLinkField },
};
export default parts;
