import type { Language } from '@mentoring/shared/schema/programme';
import { createContext, useContext } from 'react';

/**
 * The language board content is written in, where known: the programme's working language. Fields
 * that show content put it in their `lang` attribute, so that a Greek programme's text is read
 * (screen readers) and spell-checked as Greek inside an English interface. `undefined`: not known,
 * the content is taken to be in the page's language.
 */
export const ContentLanguageContext = createContext<Language | undefined>(undefined);

/** The language of the board content around this component, if known. */
export function useContentLanguage(): Language | undefined {
  return useContext(ContentLanguageContext);
}
