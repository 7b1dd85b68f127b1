import { createContext, useContext } from 'react';
import type { ProgrammeState } from './use-programme';

/** The programme a page already loaded (the board page), so that views inside it do not fetch it again. */
export const ProgrammeStateContext = createContext<ProgrammeState | null>(null);

export function useProvidedProgramme(): ProgrammeState | null {
  return useContext(ProgrammeStateContext);
}
