import { z } from 'zod';
import type { Approval } from '../schema/version.js';
import type { BoardLink } from './model.js';
import type { JourneySettings } from './settings.js';

/** A board with its content as JSON (the template's `read`), as the journey reads it. */
export interface JourneyBoard extends BoardLink {
  readonly content: Readonly<Record<string, unknown>>;
}

/** A named version of an action plan that carries the formal approval (contract, part 2). */
export interface ApprovedVersion {
  readonly boardId: string;
  readonly versionName: string;
  readonly approval: Approval;
}

/** Everything the journey is computed from. */
export interface JourneyInput {
  readonly boards: readonly JourneyBoard[];
  readonly approvals: readonly ApprovedVersion[];
  readonly settings: JourneySettings;
}

/*
 * Lenient readers of the data other branches define (visit records, meetings, monitoring; see
 * JOURNEY-CONTRACT.md): a key that a board of an older layout lacks reads as empty, so the journey
 * works before and after those kinds gain their fields.
 */
const text = z.string().catch('');

export const NextStepRecordSchema = z.object({
  id: text,
  what: text,
  who: text,
  due: text,
  done: z.boolean().catch(false),
});

export const VisitRecordSchema = z.object({
  id: z.string(),
  kind: z.string().catch('custom'),
  title: text,
  date: text,
  place: text,
  link: text,
  mode: z.enum(['in-person', 'virtual']).catch('in-person'),
  outcomes: text,
  recap: text,
  agenda: z.array(z.unknown()).catch([]),
  nextSteps: z.array(NextStepRecordSchema).catch([]),
});
export type VisitRecord = z.infer<typeof VisitRecordSchema>;

export const MeetingRecordSchema = z.object({
  id: z.string(),
  title: text,
  date: text,
  notes: text,
  nextSteps: z.array(NextStepRecordSchema).catch([]),
});
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

export const MONITORING_STATUSES = ['not-started', 'on-track', 'delayed', 'done', 'dropped'] as const;

export const MonitoredActionSchema = z.object({
  id: text,
  actionId: text,
  title: text,
  status: z.enum(MONITORING_STATUSES).catch('not-started'),
  nextReview: text,
});

/** The items of `content[key]` that parse with `schema` (others are skipped). */
export function itemsOf<T>(
  content: Readonly<Record<string, unknown>>,
  key: string,
  schema: z.ZodType<T>,
): T[] {
  const value = content[key];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The string at `key` of `content`, trimmed ('' when absent). */
export function textOf(content: Readonly<Record<string, unknown>>, key: string): string {
  const value = content[key];
  return typeof value === 'string' ? value.trim() : '';
}
