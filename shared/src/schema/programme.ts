import { z } from 'zod';
import { NetworkIdSchema, ProgrammeIdSchema, TimestampSchema } from './ids.js';

/** Languages the board is offered in. */
export const LanguageSchema = z.enum(['en', 'es', 'fr', 'it', 'nl', 'el', 'lv']);
export type Language = z.infer<typeof LanguageSchema>;

const name = (max: number) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);

/** One mentor–mentee pair working on one theme. */
export const ProgrammeSchema = z.object({
  id: ProgrammeIdSchema,
  title: name(200),
  theme: name(200).optional(),
  menteeCity: name(120),
  mentorCity: name(120),
  language: LanguageSchema,
  createdAt: TimestampSchema,
  /**
   * The network the programme belongs to (issue 15); absent for a programme on its own. Optional, so
   * records of before networks read unchanged and need no migration. Set only by the network routes.
   */
  networkId: NetworkIdSchema.optional(),
  /**
   * Every city of a multilateral programme (a network's community of practice), in the order given;
   * absent for a mentor–mentee pair. `menteeCity` and `mentorCity` then hold its first two cities so
   * that every reader of a pair still reads it; show `cities` instead of them when present.
   */
  cities: z.array(name(120)).min(3).max(12).optional(),
  /** Set while the programme's data is being erased; every token of it is refused from then on. */
  deletingAt: TimestampSchema.optional(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

/** What a facilitator fills in to start a programme. */
export const ProgrammeDraftSchema = ProgrammeSchema.pick({
  title: true,
  theme: true,
  menteeCity: true,
  mentorCity: true,
  language: true,
});
export type ProgrammeDraft = z.infer<typeof ProgrammeDraftSchema>;

/** Display names of people and boards share these bounds. */
export const DisplayNameSchema = name(80);
export const OrganisationSchema = name(120);
