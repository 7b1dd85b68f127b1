import { createContext, useContext } from 'react';

/**
 * Whether a table row's secondary parts are drawn: its tools, its comment buttons, an action row's
 * links. True everywhere except in the rows of a long table not yet filled in after it opened (see
 * engine/whole-rows.ts): those show their number, proposer and cell texts first, and get the rest
 * a moment later, or at once when focus or the pointer comes to them.
 */
export const WholeRowContext = createContext(true);

export function useWholeRow(): boolean {
  return useContext(WholeRowContext);
}
