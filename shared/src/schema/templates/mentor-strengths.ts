import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { textFields } from './common.js';
import { CONTEXT_SECTIONS, LocalContextSchema, NationalContextSchema } from './context.js';
import { type TemplateDeclaration, texts } from './declaration.js';

/** The mentor city's strengths and experience (annex 3), before the context it shares with annex 2. */
export const MENTOR_STRENGTHS_KEYS = ['experienceAreas', 'transferablePractices', 'otherActors'] as const;
export type MentorStrengthsKey = (typeof MENTOR_STRENGTHS_KEYS)[number];

/** The JSON form of a mentor-strengths board. */
export const MentorStrengthsSchema = z.object({
  kind: z.literal('mentor-strengths'),
  ...textFields(MENTOR_STRENGTHS_KEYS).shape,
  localContext: LocalContextSchema,
  nationalContext: NationalContextSchema,
  comments: CommentsSchema,
});
export type MentorStrengths = z.infer<typeof MentorStrengthsSchema>;

/** The mentor strengths as declared for the boards, exports and checks (see declaration.ts). */
export const MENTOR_STRENGTHS_TEMPLATE = {
  kind: 'mentor-strengths',
  schema: MentorStrengthsSchema,
  nav: {},
  body: [
    {
      id: 'section-strengths',
      title: { key: 'mentorStrengths.strengths', intro: 'mentorStrengths.strengthsHelp' },
      blocks: [{ fields: texts(MENTOR_STRENGTHS_KEYS) }],
    },
    ...CONTEXT_SECTIONS,
  ],
} as const satisfies TemplateDeclaration<'mentor-strengths'>;
