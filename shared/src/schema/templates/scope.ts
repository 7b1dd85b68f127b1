import { z } from 'zod';
import type { Role } from '../roles.js';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema, textFields } from './common.js';
import { field, type TemplateDeclaration } from './declaration.js';

/**
 * Scope and commitment (issue 14, the guide's set-up phase): what the mentoring works on, agreed at
 * the start, who carries the change inside the city, and the political commitment behind it.
 */

/** The objectives agreed at the start; the last two come from the benchmark when there is one. */
export const SCOPE_KEYS = ['objectives', 'objectivesToPursue', 'keyFactorsInFocus'] as const;

export const CHANGE_AGENT_KEYS = ['name', 'organisation', 'role'] as const;

/** Someone who carries the change inside the city administration or around it. */
export const ChangeAgentSchema = ItemBaseSchema.extend(textFields(CHANGE_AGENT_KEYS).shape);
export type ChangeAgent = z.infer<typeof ChangeAgentSchema>;

/** Who committed politically, in which body, and in what words. */
export const COMMITMENT_KEYS = ['commitmentWho', 'commitmentBody', 'commitmentNotes'] as const;

/** The JSON form of a scope board. */
export const ScopeSchema = z.object({
  kind: z.literal('scope'),
  ...textFields(SCOPE_KEYS).shape,
  changeAgents: z.array(ChangeAgentSchema),
  ...textFields(COMMITMENT_KEYS).shape,
  /** The commitment was given across parties (not only by the governing majority). */
  crossParty: z.boolean(),
  commitmentDate: DateSchema,
  comments: CommentsSchema,
});
export type Scope = z.infer<typeof ScopeSchema>;

/** The scope and commitment board as declared for the boards, exports and checks (see declaration.ts). */
/**
 * Who may change the scope, objectives and political commitment: what the two cities agree at the
 * start with the facilitator (guide, chapter 4: scope and objectives, change agents), and their
 * associations, which take part in the agreement. The mentee city's local support group, the mentor
 * city's support group and a coordinator follow the programme: they read and comment.
 */
export const SCOPE_EDITORS = [
  'facilitator',
  'mentee',
  'mentor',
  'association',
  'mentor-association',
] as const satisfies readonly Role[];

export const SCOPE_TEMPLATE = {
  kind: 'scope',
  schema: ScopeSchema,
  editableBy: SCOPE_EDITORS,
  compare: true,
  export: { table: 'changeAgents' },
  body: [
    {
      id: 'section-objectives',
      title: { key: 'scope.objectives', intro: 'scope.objectivesHelp' },
      blocks: [
        {
          fields: [
            field.text('objectives', { required: true, rows: 4 }),
            field.text('objectivesToPursue', { rows: 3 }),
            field.text('keyFactorsInFocus', { rows: 3 }),
          ],
        },
      ],
    },
    {
      id: 'section-change-agents',
      title: { field: 'changeAgents' },
      wide: true,
      blocks: [
        {
          list: {
            key: 'changeAgents',
            display: 'table',
            titleField: 'name',
            testId: 'change-agents-table',
            strings: { item: 'scope.agent', add: 'scope.addAgent' },
            blocks: [
              { fields: [field.line('name'), field.line('organisation'), field.text('role', { rows: 2 })] },
            ],
          },
        },
      ],
    },
    {
      id: 'section-commitment',
      title: { key: 'scope.commitment', intro: 'scope.commitmentHelp' },
      blocks: [
        {
          box: 'field-grid',
          fields: [
            field.line('commitmentWho', { fact: true }),
            field.line('commitmentBody', { fact: true }),
            { key: 'commitmentDate', widget: 'date', fallback: '' },
            { key: 'crossParty', widget: 'checkbox', fallback: false },
          ],
        },
        { fields: [field.text('commitmentNotes', { rows: 3 })] },
      ],
    },
  ],
} as const satisfies TemplateDeclaration<'scope'>;
