import type { JourneyInput } from './input.js';
import { approvalStep, monitoringStep, openReviews } from './later-steps.js';
import { BASE_STEPS, type BaseStepKey, type Journey, type Step } from './model.js';
import {
  benchmarkStep,
  commitmentStep,
  mentorProfileStep,
  needsAnalysisStep,
  scopeStep,
  supportGroupStep,
} from './preparation-steps.js';
import { boardsOf, noBoard, type StepResult, toStep } from './status-kit.js';
import { meetingsStep, openNextSteps, unplannedVisit, visitStep, visitSteps } from './visit-steps.js';

/** Steps nothing on a board decides: the facilitator marks them done (the matching, the training). */
const MANUAL: ReadonlySet<string> = new Set(['matching', 'training', 'meetings']);

function manualStep(): StepResult {
  return { status: 'not-started', done: [], missing: [{ key: 'markWhenDone' }], boards: [], create: null };
}

function baseResult(key: BaseStepKey, input: JourneyInput): StepResult {
  const { boards } = input;
  switch (key) {
    case 'needs-analysis':
      return needsAnalysisStep(boards);
    case 'benchmark':
      return benchmarkStep(boards);
    case 'mentor-profile':
      return mentorProfileStep(boards);
    case 'scope':
      return scopeStep(boards);
    case 'support-group':
      return supportGroupStep(boards);
    case 'political-commitment':
      return commitmentStep(boards);
    case 'meetings':
      return meetingsStep(boards);
    case 'approval':
      return approvalStep(boards, input.approvals);
    case 'monitoring':
      return monitoringStep(boards);
    case 'matching':
    case 'training':
      return manualStep();
  }
}

/** Applies the facilitator's choices: a skipped step shows as skipped, a manual one marked is done. */
function decided(step: Step, input: JourneyInput): Step {
  const { skipped, completed } = input.settings;
  if (skipped.includes(step.key)) return { ...step, status: 'skipped' };
  if (step.manual && completed.includes(step.key)) {
    return { ...step, status: 'done', missing: step.missing.filter((fact) => fact.key !== 'markWhenDone') };
  }
  return step;
}

/**
 * The journey of a programme from its boards, the approved versions of its action plans and the
 * facilitator's choices: every step with status, what is done and missing, where to work on it.
 * Pure; the same function serves the server's route and any test.
 */
export function computeJourney(input: JourneyInput): Journey {
  const steps: Step[] = [];
  for (const base of BASE_STEPS) {
    if (base.key === 'meetings') {
      // The visits come before the meetings between them, then the steps the facilitator added.
      for (const visit of visitSteps(input.boards)) {
        const result = visit.found ? visitStep(visit.found) : unplannedVisit(input.boards);
        const info = visit.found?.visit;
        steps.push(
          toStep({ key: visit.key, phase: 'visits', type: 'visit', manual: false }, result, {
            visit: {
              kind: visit.kind,
              title: info?.title ?? '',
              date: info?.date ?? '',
              place: info?.place ?? '',
              mode: info?.mode ?? 'in-person',
            },
          }),
        );
      }
      for (const added of input.settings.added) {
        const agendas = boardsOf(input.boards, 'visit-agenda');
        const result = agendas.length ? { ...manualStep(), boards: agendas } : noBoard('visit-agenda');
        steps.push(
          toStep({ key: `added:${added.id}`, phase: 'visits', type: 'added', manual: true }, result, {
            title: added.title,
            purpose: added.purpose,
            visit: { kind: 'custom', title: added.title, date: '', place: '', mode: added.mode },
          }),
        );
      }
    }
    const result = baseResult(base.key, input);
    steps.push(
      toStep({ key: base.key, phase: base.phase, type: base.key, manual: MANUAL.has(base.key) }, result),
    );
  }
  const final = steps.map((step) => decided(step, input));
  const current = final.find((step) => step.status !== 'done' && step.status !== 'skipped')?.key ?? null;
  return {
    steps: final,
    openNextSteps: openNextSteps(input.boards),
    openReviews: openReviews(input.boards),
    current,
  };
}
