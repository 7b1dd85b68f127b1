import { z } from 'zod';
import { BoardKindSchema } from '../schema/board.js';

/**
 * The mentoring journey (guide, chapters 4 to 6) as data: phases, steps, their status and what is
 * done and missing. Computed from the boards by `computeJourney` (journey.ts); served by
 * `GET /api/programmes/:id/journey` and shown on the programme home.
 */

export const PHASES = ['preparation', 'setup', 'visits', 'approval', 'implementation'] as const;
export const PhaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof PhaseSchema>;

/** The steps every programme starts with, in order. Visits are steps too (one per visit). */
export const BASE_STEPS = [
  { key: 'needs-analysis', phase: 'preparation' },
  { key: 'benchmark', phase: 'preparation' },
  { key: 'mentor-profile', phase: 'preparation' },
  { key: 'matching', phase: 'preparation' },
  { key: 'training', phase: 'setup' },
  { key: 'scope', phase: 'setup' },
  { key: 'support-group', phase: 'setup' },
  { key: 'political-commitment', phase: 'setup' },
  { key: 'meetings', phase: 'visits' },
  { key: 'approval', phase: 'approval' },
  { key: 'monitoring', phase: 'implementation' },
] as const satisfies readonly { key: string; phase: Phase }[];
export type BaseStepKey = (typeof BASE_STEPS)[number]['key'];

/** The guide's three visits, by default; any number can be held, virtual or in person. */
export const DEFAULT_VISITS = ['groundwork', 'inspiration', 'consolidation'] as const;

export const StepStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'skipped']);
export type StepStatus = z.infer<typeof StepStatusSchema>;

/**
 * One thing done or missing, as data the client words (`journey.fact.<key>`): `count`/`total` for
 * numbers, `field` a field path of `kind` (labelled by the template texts), `text` a value as typed.
 */
export const FactSchema = z.object({
  key: z.string(),
  count: z.number().int().optional(),
  total: z.number().int().optional(),
  kind: z.string().optional(),
  field: z.string().optional(),
  text: z.string().optional(),
});
export type Fact = z.infer<typeof FactSchema>;

/** An agreed next step of a visit or meeting that is not done yet. */
export const OpenNextStepSchema = z.object({
  /** The next step's item id ('' for an item without one). */
  id: z.string(),
  boardId: z.string(),
  /** The visit or meeting it was agreed at. */
  source: z.enum(['visit', 'meeting']),
  sourceTitle: z.string(),
  what: z.string(),
  who: z.string(),
  due: z.string(),
});
export type OpenNextStep = z.infer<typeof OpenNextStepSchema>;

/**
 * A monitored action still followed (not done nor dropped) with a next review date. Which of them
 * are overdue depends on the reader's day, so the client decides it (the stored summary is the same
 * whatever the day, and nothing has to recompute it at midnight).
 */
export const OpenReviewSchema = z.object({
  /** The monitoring card's id. */
  id: z.string(),
  boardId: z.string(),
  title: z.string(),
  /** `YYYY-MM-DD`. */
  nextReview: z.string(),
});
export type OpenReview = z.infer<typeof OpenReviewSchema>;

export const BoardLinkSchema = z.object({ id: z.string(), kind: BoardKindSchema, title: z.string() });
export type BoardLink = z.infer<typeof BoardLinkSchema>;

/** What a visit step shows of its visit. */
export const VisitInfoSchema = z.object({
  kind: z.string(),
  title: z.string(),
  date: z.string(),
  place: z.string(),
  mode: z.enum(['in-person', 'virtual']),
});

export const StepSchema = z.object({
  /** A base step's key, `visit:<kind>` for a default visit, `visit:<id>` for another, `added:<id>`. */
  key: z.string(),
  phase: PhaseSchema,
  /** What kind of step (names its title and purpose): a base key, `visit` or `added`. */
  type: z.string(),
  status: StepStatusSchema,
  /** The facilitator marks it done by hand (nothing on a board says it). */
  manual: z.boolean(),
  done: z.array(FactSchema),
  missing: z.array(FactSchema),
  /** The boards this step is worked on. */
  boards: z.array(BoardLinkSchema),
  /** The board kind to create from the step when there is none. */
  create: BoardKindSchema.nullable(),
  visit: VisitInfoSchema.optional(),
  /** For an added step: its title and purpose as the facilitator wrote them. */
  title: z.string().optional(),
  purpose: z.string().optional(),
});
export type Step = z.infer<typeof StepSchema>;

export const JourneySchema = z.object({
  steps: z.array(StepSchema),
  /** The agreed next steps of every visit and meeting that are not done yet. */
  openNextSteps: z.array(OpenNextStepSchema),
  /** The next reviews of the monitored actions still followed, soonest first. */
  openReviews: z.array(OpenReviewSchema),
  /** The first step not done nor skipped, if any: where the programme stands. */
  current: z.string().nullable(),
});
export type Journey = z.infer<typeof JourneySchema>;
