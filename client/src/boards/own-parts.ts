import type { BoardParts } from './engine/template-context';

/**
 * The board kinds with parts of their own (action-plan links and checks, benchmark coverage and
 * example loading, network warnings, standard visits), each a lazily loaded chunk. Everything else
 * a board shows comes from its template's declaration.
 */
export const OWN_PARTS: Readonly<Record<string, () => Promise<{ default: BoardParts }>>> = {
  benchmark: () => import('./benchmark/parts'),
  'support-network': () => import('./support-network/parts'),
  'action-plan': () => import('./action-plan/parts'),
  'visit-agenda': () => import('./visit-agenda/parts'),
  monitoring: () => import('./monitoring/parts'),
};
