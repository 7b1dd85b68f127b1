import type * as Y from 'yjs';
import { z } from 'zod';
import { DateSchema } from '../schema/templates/common.js';
import {
  CHANGE_AGENT_KEYS,
  ChangeAgentSchema,
  COMMITMENT_KEYS,
  SCOPE_KEYS,
  type Scope,
  ScopeSchema,
} from '../schema/templates/scope.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type FieldValues, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * Scope and commitment as a Y.Doc:
 *
 *   board (Y.Map)                 kind, layoutVersion, crossParty (boolean), commitmentDate (date)
 *   text:objectives, text:objectivesToPursue, text:keyFactorsInFocus,
 *   text:commitmentWho, text:commitmentBody, text:commitmentNotes   (Y.Text)
 *   list:changeAgents (Y.Array<Y.Map>), per agent (see items.ts for id, proposedBy, order, deleted):
 *       name, organisation, role  Y.Text
 *   comments (Y.Array<Y.Map>)     see comments.ts
 */
export const CHANGE_AGENT_SPEC = {
  texts: CHANGE_AGENT_KEYS,
  scalars: {},
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const SCOPE_SPEC = {
  kind: 'scope',
  texts: [...SCOPE_KEYS, ...COMMITMENT_KEYS],
  scalars: { crossParty: scalar(z.boolean(), false), commitmentDate: scalar(DateSchema, '') },
  sets: [],
  lists: { changeAgents: CHANGE_AGENT_SPEC },
} as const satisfies BoardSpec;

export const scope = boardHandle(SCOPE_SPEC, ScopeSchema);

/** Change agents: `changeAgents.insert(doc, { by, values: { name: 'Ana' } })`. */
export const changeAgents = listHandle('changeAgents', CHANGE_AGENT_SPEC, ChangeAgentSchema);

export type ScopeInit = FieldValues<typeof SCOPE_SPEC>;

/** Initialises a scope board once (see board.ts). */
export function createScope(doc: Y.Doc, init?: ScopeInit): boolean {
  return scope.create(doc, init);
}

/** The scope and commitment as JSON, validated. */
export function readScope(doc: Y.Doc): Scope {
  return scope.read(doc);
}
