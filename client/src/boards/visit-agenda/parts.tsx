import type { BoardParts } from '../engine/template-context';
import { BoardLinkField } from './BoardLinkField';
import { StandardVisits } from './StandardVisits';

/** What the visit agenda has of its own: the guide's standard visits, and links to boards worked on. */
const parts: BoardParts = {
  parts: { 'standard-visits': StandardVisits },
  fields: { 'board-link': BoardLinkField },
};
export default parts;
