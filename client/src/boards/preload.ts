import type { BoardKind } from '@mentoring/shared/schema/board';
import { fetchLicenseKey } from '../canvas/license';

// The same dynamic imports as the lazy views (BoardView, fields/TemplateBoard): the bundler gives
// both one chunk, so fetching it here makes the view's own import instant.
const templateBoard = () => import('./fields/TemplateBoard');
const CHUNKS: { readonly [K in BoardKind]: () => Promise<unknown>[] } = {
  canvas: () => [import('../canvas/CanvasBoard'), fetchLicenseKey()],
  'needs-analysis': () => [templateBoard(), import('./needs-analysis/NeedsAnalysisBoard')],
  benchmark: () => [templateBoard(), import('./benchmark/BenchmarkBoard')],
  'mentor-strengths': () => [templateBoard(), import('./mentor-strengths/MentorStrengthsBoard')],
  'good-practice': () => [templateBoard(), import('./good-practice/GoodPracticeBoard')],
  'support-network': () => [templateBoard(), import('./support-network/SupportNetworkBoard')],
  'action-plan': () => [templateBoard(), import('./action-plan/ActionPlanBoard')],
  'visit-agenda': () => [templateBoard(), import('./visit-agenda/VisitAgendaBoard')],
};

/**
 * Starts fetching the code of a board kind's view (and the canvas's licence key) while its document
 * syncs, instead of after.
 * A failure is left to the view's own import, which shows it.
 */
export function preloadBoardView(kind: BoardKind): void {
  for (const chunk of CHUNKS[kind]()) chunk.catch(() => undefined);
}
