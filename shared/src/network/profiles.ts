import { z } from 'zod';
import { LanguageSchema } from '../schema/programme.js';
import { GovernmentLevelSchema, KeyFactorIdSchema, ThemeIdSchema, TopicIdSchema } from './vocabulary.js';

const text = (max: number) => z.string().trim().max(max);
const cityName = z.string().trim().min(1, 'required').max(120, 'at most 120 characters');
/** A list of vocabulary ids, each at most once (order kept as given). */
const idSet = <T extends z.ZodType<string>>(id: T, max: number) =>
  z
    .array(id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'listed twice');

/** The city's size and migration context: what the guide's matching criteria compare. */
export const CityContextSchema = z.object({
  population: z.number().int().min(1).max(50_000_000),
  /** Share of residents of migrant origin, in percent. */
  migrantSharePercent: z.number().min(0).max(100),
  governmentLevel: GovernmentLevelSchema,
  /** Languages the city's team works in (ISO 639-1 codes: any language, not only the interface's). */
  languages: idSet(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'), 12).min(1),
});
export type CityContext = z.infer<typeof CityContextSchema>;

/** A good practice the mentor city can show, tagged with the vocabulary so it can be matched. */
export const GoodPracticeSchema = z.object({
  title: z.string().trim().min(1, 'required').max(200),
  description: text(2000),
  themes: idSet(ThemeIdSchema, 9),
  keyFactors: idSet(KeyFactorIdSchema, 12),
});
export type GoodPractice = z.infer<typeof GoodPracticeSchema>;

/**
 * A city's mentor profile (annex 3): areas of experience, key factors it is strong in, good
 * practices, context. Free text (`experience`, `transferablePractices`) is shown and may add a
 * little to a score; the structured fields decide it.
 */
export const MentorProfileInputSchema = z.object({
  city: cityName,
  country: text(120),
  /** The language the free text is written in. */
  language: LanguageSchema,
  context: CityContextSchema,
  experienceAreas: idSet(ThemeIdSchema, 9).min(1),
  strengthFactors: idSet(KeyFactorIdSchema, 12),
  topics: idSet(TopicIdSchema, 5),
  goodPractices: z.array(GoodPracticeSchema).max(20),
  experience: text(4000),
  transferablePractices: text(4000),
  localContext: text(4000),
  nationalContext: text(4000),
});
export type MentorProfileInput = z.infer<typeof MentorProfileInputSchema>;

/** What a mentee city's needs analysis says, in the shared vocabulary, for matching. */
export const NeedsInputSchema = z.object({
  city: cityName,
  language: LanguageSchema,
  context: CityContextSchema,
  theme: ThemeIdSchema,
  /** Key factors assessed as gaps: what the city needs help with. */
  gapFactors: idSet(KeyFactorIdSchema, 12).min(1),
  topics: idSet(TopicIdSchema, 5),
  challenge: z.string().trim().min(1, 'required').max(4000),
  learningFromOthers: text(4000),
});
export type NeedsInput = z.infer<typeof NeedsInputSchema>;
