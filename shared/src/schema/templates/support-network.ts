import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { ItemBaseSchema, textFields } from './common.js';
import { field, prefixedKeys, type TemplateDeclaration, texts } from './declaration.js';

/** Kinds of stakeholder annex 5 names as members of a local support network. */
export const STAKEHOLDER_KINDS = [
  'migrant-association',
  'community-association',
  'ngo',
  'private-sector',
  'union',
  'academic',
  'public-body',
  'city-official',
  'other',
] as const;
export const StakeholderKindSchema = z.enum(STAKEHOLDER_KINDS);
export type StakeholderKind = z.infer<typeof StakeholderKindSchema>;

/** The guide's advice: at most ten members, so that everyone really takes part. */
export const SUPPORT_NETWORK_MAX_MEMBERS = 10;

export const SUPPORT_NETWORK_MEMBER_KEYS = ['name', 'organisation', 'role'] as const;

/** A member of the network; `migrantRepresentative` marks who speaks for migrants (the network must have one). */
export const SupportNetworkMemberSchema = ItemBaseSchema.extend({
  ...textFields(SUPPORT_NETWORK_MEMBER_KEYS).shape,
  kind: StakeholderKindSchema,
  migrantRepresentative: z.boolean(),
});
export type SupportNetworkMember = z.infer<typeof SupportNetworkMemberSchema>;

/** What the network is for and how it works. */
export const SUPPORT_NETWORK_KEYS = ['purpose', 'arrangements', 'outreach'] as const;

/** The roles annex 5 gives the network; each field records how this network takes it on. */
export const SUPPORT_NETWORK_ROLE_KEYS = [
  'identifyResources',
  'spreadResults',
  'endUserVoice',
  'contributeToDiscussions',
  'prepareVisits',
  'draftActionPlan',
] as const;

/** The JSON form of a local-support-network board (annex 5). */
export const SupportNetworkSchema = z.object({
  kind: z.literal('support-network'),
  purpose: z.string(),
  members: z.array(SupportNetworkMemberSchema),
  roles: textFields(SUPPORT_NETWORK_ROLE_KEYS),
  arrangements: z.string(),
  outreach: z.string(),
  comments: CommentsSchema,
});
export type SupportNetwork = z.infer<typeof SupportNetworkSchema>;

/** The local support network as declared for the boards, exports and checks (see declaration.ts). */
export const SUPPORT_NETWORK_TEMPLATE = {
  kind: 'support-network',
  schema: SupportNetworkSchema,
  export: { table: 'members' },
  body: [
    {
      id: 'section-network',
      title: { key: 'supportNetwork.about' },
      blocks: [{ fields: texts(SUPPORT_NETWORK_KEYS) }],
    },
    {
      id: 'section-members',
      title: { field: 'members' },
      wide: true,
      blocks: [
        { part: 'network-warnings' },
        {
          list: {
            key: 'members',
            display: 'table',
            titleField: 'name',
            testId: 'members-table',
            className: 'members-table',
            strings: { item: 'supportNetwork.item', add: 'supportNetwork.add' },
            blocks: [
              {
                fields: [
                  field.line('name'),
                  field.line('organisation'),
                  { key: 'kind', widget: 'select', options: 'stakeholderKind', fallback: 'other' },
                  field.text('role'),
                  { key: 'migrantRepresentative', widget: 'checkbox', fallback: false },
                ],
              },
            ],
          },
        },
      ],
    },
    {
      id: 'section-roles',
      title: { field: 'roles' },
      blocks: [{ fields: texts(prefixedKeys('roles', SUPPORT_NETWORK_ROLE_KEYS)) }],
    },
  ],
} as const satisfies TemplateDeclaration<'support-network'>;
