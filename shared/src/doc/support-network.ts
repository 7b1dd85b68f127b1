import type * as Y from 'yjs';
import { z } from 'zod';
import {
  StakeholderKindSchema,
  SUPPORT_NETWORK_KEYS,
  SUPPORT_NETWORK_MEMBER_KEYS,
  SUPPORT_NETWORK_ROLE_KEYS,
  type SupportNetwork,
  SupportNetworkMemberSchema,
  SupportNetworkSchema,
} from '../schema/templates/support-network.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type FieldValues, prefixed, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * The local support network (annex 5) as a Y.Doc:
 *
 *   board (Y.Map)                   kind, layoutVersion
 *   text:purpose, text:arrangements, text:outreach, text:roles.<role> (Y.Text)
 *   list:members (Y.Array<Y.Map>), per member (see items.ts for id, proposedBy, order, deleted):
 *       name, organisation, role          Y.Text
 *       kind (stakeholder kind), migrantRepresentative (boolean)   plain
 *   comments (Y.Array<Y.Map>)       see comments.ts
 */
export const SUPPORT_NETWORK_MEMBER_SPEC = {
  texts: SUPPORT_NETWORK_MEMBER_KEYS,
  scalars: {
    kind: scalar(StakeholderKindSchema, 'other'),
    migrantRepresentative: scalar(z.boolean(), false),
  },
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const SUPPORT_NETWORK_SPEC = {
  kind: 'support-network',
  texts: [...SUPPORT_NETWORK_KEYS, ...prefixed('roles', SUPPORT_NETWORK_ROLE_KEYS)],
  scalars: {},
  sets: [],
  lists: { members: SUPPORT_NETWORK_MEMBER_SPEC },
} as const satisfies BoardSpec;

export const supportNetwork = boardHandle(SUPPORT_NETWORK_SPEC, SupportNetworkSchema);

/** Members: `networkMembers.insert(doc, { by, values: { name: 'Ana', kind: 'ngo' } })`. */
export const networkMembers = listHandle('members', SUPPORT_NETWORK_MEMBER_SPEC, SupportNetworkMemberSchema);

export type SupportNetworkInit = FieldValues<typeof SUPPORT_NETWORK_SPEC>;

/** Initialises a support-network board once (see board.ts). */
export function createSupportNetwork(doc: Y.Doc, init?: SupportNetworkInit): boolean {
  return supportNetwork.create(doc, init);
}

/** The support network as JSON, validated. */
export function readSupportNetwork(doc: Y.Doc): SupportNetwork {
  return supportNetwork.read(doc);
}
