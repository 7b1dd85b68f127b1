import { z } from 'zod';

/**
 * The facilitator's choices about the journey, stored per programme (server/src/journey): steps
 * skipped (mentoring without a benchmark), steps marked done by hand (the matching, the training),
 * and steps added (a visit for the needs analysis or for the evaluation).
 */
/**
 * The programme's journey document: written by the server only (the facilitator's choices below and
 * the computed summary the programme home shows), read by members through the sync like a board.
 */
export function journeyDocId(programmeId: string): string {
  return `journey-${programmeId}`;
}
/** Its one Y.Map: `skipped`, `completed`, `added` (the choices) and the summary. */
export const JOURNEY_ROOT = 'journey';
/** The key of the computed journey (`JourneyResponse` and `computedAt`), see server/src/journey. */
export const JOURNEY_SUMMARY_KEY = 'summary';

export const ADDED_PURPOSES = ['needs-analysis', 'evaluation', 'other'] as const;

export const AddedStepSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  title: z.string().trim().min(1, 'required').max(120),
  purpose: z.enum(ADDED_PURPOSES),
  mode: z.enum(['in-person', 'virtual']),
});
export type AddedStep = z.infer<typeof AddedStepSchema>;

const StepKey = z.string().min(1).max(80);

export const JourneySettingsSchema = z.object({
  skipped: z.array(StepKey).max(100),
  completed: z.array(StepKey).max(100),
  added: z.array(AddedStepSchema).max(30),
});
export type JourneySettings = z.infer<typeof JourneySettingsSchema>;

export const EMPTY_SETTINGS: JourneySettings = { skipped: [], completed: [], added: [] };

/** One change of the settings, as `PATCH /api/programmes/:id/journey` takes it. */
export const JourneyChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('skip'), step: StepKey, skipped: z.boolean() }),
  z.object({ action: z.literal('complete'), step: StepKey, completed: z.boolean() }),
  z.object({ action: z.literal('add'), step: AddedStepSchema }),
  z.object({ action: z.literal('remove'), id: z.string().min(1).max(64) }),
]);
export type JourneyChange = z.infer<typeof JourneyChangeSchema>;

const toggle = (list: readonly string[], key: string, on: boolean): string[] =>
  on ? [...new Set([...list, key])] : list.filter((entry) => entry !== key);

/** The settings after `change` (pure). */
export function applyJourneyChange(settings: JourneySettings, change: JourneyChange): JourneySettings {
  switch (change.action) {
    case 'skip':
      return { ...settings, skipped: toggle(settings.skipped, change.step, change.skipped) };
    case 'complete':
      return { ...settings, completed: toggle(settings.completed, change.step, change.completed) };
    case 'add':
      return settings.added.some((step) => step.id === change.step.id)
        ? settings
        : { ...settings, added: [...settings.added, change.step] };
    case 'remove':
      return {
        ...settings,
        added: settings.added.filter((step) => step.id !== change.id),
        skipped: settings.skipped.filter((key) => key !== `added:${change.id}`),
        completed: settings.completed.filter((key) => key !== `added:${change.id}`),
      };
  }
}
