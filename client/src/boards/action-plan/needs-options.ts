import { LOCAL_CONTEXT_TEXTS, NATIONAL_CONTEXT_TEXTS } from '@mentoring/shared/doc/context';
import { NEEDS_ANALYSIS_KEYS } from '@mentoring/shared/schema/templates/needs-analysis';

/** The needs-analysis fields an action row can answer, grouped as the needs analysis shows them. */
export interface NeedGroup {
  /** The group's path in the needs-analysis texts; null for the questions about the challenge. */
  readonly group: string | null;
  readonly keys: readonly string[];
}

const inGroup = (keys: readonly string[], prefix: string) =>
  keys.filter((key) => key.startsWith(`${prefix}.`) && !key.slice(prefix.length + 1).includes('.'));

export const NEED_GROUPS: readonly NeedGroup[] = [
  { group: null, keys: NEEDS_ANALYSIS_KEYS },
  { group: 'localContext', keys: inGroup(LOCAL_CONTEXT_TEXTS, 'localContext') },
  { group: 'localContext.sensitivities', keys: inGroup(LOCAL_CONTEXT_TEXTS, 'localContext.sensitivities') },
  { group: 'nationalContext', keys: inGroup(NATIONAL_CONTEXT_TEXTS, 'nationalContext') },
  {
    group: 'nationalContext.sensitivities',
    keys: inGroup(NATIONAL_CONTEXT_TEXTS, 'nationalContext.sensitivities'),
  },
];

/** The group a need belongs to, or undefined for a free-text need the needs analysis does not have. */
export function groupOfNeed(key: string): NeedGroup | undefined {
  return NEED_GROUPS.find((group) => group.keys.includes(key));
}
