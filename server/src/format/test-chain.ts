import type * as Y from 'yjs';
import { formatChain } from './chain.js';

/**
 * For tests only: a chain of two steps (to 2, to 3) of the kind future issues will add, with a
 * record change, a backup change and a merge-safe document change.
 */
export const testChain = formatChain([
  {
    to: 2,
    why: 'members name their city',
    records: { member: (m) => ({ ...m, city: m.city ?? 'unknown' }) },
    backup: (b) => ({ ...b, note: 'migrated' }),
    // Merge-safe: sets a map key to a value computed from the document.
    doc: (doc: Y.Doc) => {
      const title = doc.getMap('board').get('title');
      doc.getMap('board').set('heading', typeof title === 'string' ? title : '');
    },
  },
  {
    to: 3,
    why: 'display names are upper case',
    records: { member: (m) => ({ ...m, displayName: String(m.displayName).toUpperCase() }) },
  },
]);
