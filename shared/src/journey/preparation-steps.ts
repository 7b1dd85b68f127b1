import { completeness } from '../doc/checks/completeness.js';
import { supportNetworkWarnings } from '../doc/checks/support-network-warnings.js';
import { BenchmarkSchema } from '../schema/templates/benchmark.js';
import { MENTOR_STRENGTHS_KEYS } from '../schema/templates/mentor-strengths.js';
import { NEEDS_ANALYSIS_KEYS } from '../schema/templates/needs-analysis.js';
import { TEMPLATES } from '../schema/templates/registry.js';
import { SupportNetworkSchema } from '../schema/templates/support-network.js';
import { type JourneyBoard, textOf } from './input.js';
import type { Fact } from './model.js';
import { boardsOf, noBoard, type StepResult, statusOfCount } from './status-kit.js';

/**
 * The steps of preparation and set-up whose status the boards say (guide, chapter 4): each takes
 * the programme's boards and returns status, what is done and what is missing. Pure.
 */

/** How many of the questions `keys` a board answers; the completeness check's required fields too. */
function questions(
  kind: 'needs-analysis' | 'mentor-strengths',
  keys: readonly string[],
  boards: readonly JourneyBoard[],
): StepResult {
  const found = boardsOf(boards, kind);
  const board = found[0];
  if (!board) return noBoard(kind);
  const empty = keys.filter((key) => textOf(board.content, key) === '');
  const required = completeness(TEMPLATES[kind], board.content).emptyFields;
  const missingKeys = [...new Set([...empty, ...required])];
  const filled = keys.length - empty.length;
  const missing: Fact[] = missingKeys.map((field) => ({ key: 'fieldEmpty', kind, field }));
  return {
    status: filled === 0 ? 'not-started' : missingKeys.length === 0 ? 'done' : 'in-progress',
    done: [{ key: 'questionsAnswered', count: filled, total: keys.length }],
    missing,
    boards: found,
    create: null,
  };
}

export function needsAnalysisStep(boards: readonly JourneyBoard[]): StepResult {
  return questions('needs-analysis', NEEDS_ANALYSIS_KEYS, boards);
}

export function mentorProfileStep(boards: readonly JourneyBoard[]): StepResult {
  return questions('mentor-strengths', MENTOR_STRENGTHS_KEYS, boards);
}

/** The benchmark: every key factor assessed, and the ones in focus chosen. */
export function benchmarkStep(boards: readonly JourneyBoard[]): StepResult {
  const found = boardsOf(boards, 'benchmark');
  const parsed = found.map((board) => BenchmarkSchema.safeParse(board.content)).find((r) => r.success);
  if (found.length === 0) return noBoard('benchmark');
  const factors = parsed?.data?.keyFactors ?? [];
  const assessed = factors.filter((factor) => factor.assessment !== 'not-assessed').length;
  const focus = factors.filter((factor) => factor.focus).length;
  const missing: Fact[] = [];
  if (factors.length === 0) missing.push({ key: 'noKeyFactors' });
  else if (assessed < factors.length)
    missing.push({ key: 'factorsNotAssessed', count: factors.length - assessed });
  if (focus === 0) missing.push({ key: 'noFocus' });
  const started = assessed > 0 || focus > 0;
  return {
    status: missing.length === 0 ? 'done' : started ? 'in-progress' : 'not-started',
    done: [
      { key: 'factorsAssessed', count: assessed, total: factors.length },
      { key: 'factorsInFocus', count: focus },
    ],
    missing,
    boards: found,
    create: null,
  };
}

/** Scope and objectives: objectives agreed, change agents named. */
export function scopeStep(boards: readonly JourneyBoard[]): StepResult {
  const found = boardsOf(boards, 'scope');
  const board = found[0];
  if (!board) return noBoard('scope');
  const objectives = textOf(board.content, 'objectives') !== '';
  const agents = Array.isArray(board.content.changeAgents) ? board.content.changeAgents.length : 0;
  const done: Fact[] = [];
  const missing: Fact[] = [];
  if (objectives) done.push({ key: 'objectivesAgreed' });
  else missing.push({ key: 'fieldEmpty', kind: 'scope', field: 'objectives' });
  if (agents > 0) done.push({ key: 'changeAgents', count: agents });
  else missing.push({ key: 'noChangeAgents' });
  return { status: statusOfCount(done.length, 2), done, missing, boards: found, create: null };
}

/** Political commitment (on the scope board): who, which body, when; cross-party or not. */
export function commitmentStep(boards: readonly JourneyBoard[]): StepResult {
  const found = boardsOf(boards, 'scope');
  const board = found[0];
  if (!board) return noBoard('scope');
  const keys = ['commitmentWho', 'commitmentBody', 'commitmentDate'] as const;
  const done: Fact[] = [];
  const missing: Fact[] = [];
  for (const field of keys) {
    const value = textOf(board.content, field);
    if (value) done.push({ key: field, text: value });
    else missing.push({ key: 'fieldEmpty', kind: 'scope', field });
  }
  if (done.length > 0) done.push({ key: board.content.crossParty === true ? 'crossParty' : 'notCrossParty' });
  return {
    status: statusOfCount(keys.length - missing.length, keys.length),
    done,
    missing,
    boards: found,
    create: null,
  };
}

/** The local support group: members, a migrant representative among them, at most ten. */
export function supportGroupStep(boards: readonly JourneyBoard[]): StepResult {
  const found = boardsOf(boards, 'support-network');
  if (found.length === 0) return noBoard('support-network');
  const parsed = found.map((board) => SupportNetworkSchema.safeParse(board.content)).find((r) => r.success);
  const network = parsed?.data;
  const members = network?.members.length ?? 0;
  const warnings = network ? supportNetworkWarnings(network) : [];
  const missing: Fact[] = warnings.map((warning) => ({ key: warning.kind }));
  return {
    status: members === 0 ? 'not-started' : missing.length === 0 ? 'done' : 'in-progress',
    done: members > 0 ? [{ key: 'members', count: members }] : [],
    missing,
    boards: found,
    create: null,
  };
}
