import { CommunitySchema, CommunityStartSchema } from '@mentoring/shared/network/community';
import {
  BoardGrantSchema,
  DraftSchema,
  MentorProfileSchema,
  type Network,
  NetworkInviteSchema,
  NetworkProgrammeSchema,
  NetworkSchema,
  ProgrammeStatusRecordSchema,
} from '@mentoring/shared/network/network';
import type { NetworkId } from '@mentoring/shared/schema/ids';
import type { z } from 'zod';
import { FORMAT_VERSION, FormatTooNewError, versionOf } from '../format/version.js';

/** The kinds of records a network holds, each keyed by its `id` within the network. */
export const NETWORK_KINDS = {
  invite: NetworkInviteSchema,
  profile: MentorProfileSchema,
  draft: DraftSchema,
  programme: NetworkProgrammeSchema,
  grant: BoardGrantSchema,
  community: CommunitySchema,
  communityStart: CommunityStartSchema,
  /** Keyed by programme id: the coordinator's figures of that programme (journey/programme-status.ts). */
  status: ProgrammeStatusRecordSchema,
} as const;
export type NetworkKind = keyof typeof NETWORK_KINDS;
export type NetworkRecord<K extends NetworkKind> = z.infer<(typeof NETWORK_KINDS)[K]>;

/**
 * Where networks live: the network record and its records by kind. Separate from the programme
 * store: a network never holds board content, and a programme's own data stays in its store.
 * Every adapter passes `network-store-contract.ts`. Writes report `false` (and write nothing) once
 * the network is gone, so a write racing an erasure leaves no trace.
 */
export interface NetworkStore {
  createNetwork(network: Network): Promise<void>;
  getNetwork(id: NetworkId): Promise<Network | null>;
  /** Sets `deletingAt` (kept if set): from then on every token of the network is refused. */
  markDeleting(id: NetworkId, at: string): Promise<boolean>;
  /** Removes the network and every record of it (GDPR erasure). */
  deleteNetwork(id: NetworkId): Promise<void>;
  /** Creates or replaces a record; false when the network does not exist. */
  put<K extends NetworkKind>(kind: K, record: NetworkRecord<K>): Promise<boolean>;
  /**
   * Creates a record only if none has its id, atomically across nodes sharing the store: exactly
   * one of several concurrent calls returns true. False when it exists or the network does not.
   */
  putNew<K extends NetworkKind>(kind: K, record: NetworkRecord<K>): Promise<boolean>;
  get<K extends NetworkKind>(kind: K, networkId: NetworkId, id: string): Promise<NetworkRecord<K> | null>;
  /** Every record of `kind` of the network, in id order. */
  list<K extends NetworkKind>(kind: K, networkId: NetworkId): Promise<NetworkRecord<K>[]>;
  /** False when there was no such record. */
  remove(kind: NetworkKind, networkId: NetworkId, id: string): Promise<boolean>;
  /**
   * Takes a short lease on `key` of the network for `holder`, atomically across every node sharing
   * the store: true when taken (or already this holder's), false while another holder has it or
   * the network is gone. It ends by itself after `ttlMs`, so a node that dies holding it blocks no
   * one for long. Used so that two facilitators choosing a mentor at once cannot both succeed.
   */
  lease(networkId: NetworkId, key: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Ends the lease if `holder` still has it (a lease that expired and was taken is left alone). */
  release(networkId: NetworkId, key: string, holder: string): Promise<void>;
  close(): Promise<void>;
}

/** Stored form: JSON with the server's data format first, as the programme records (format/records.ts). */
export function writeRecord<T>(schema: z.ZodType<T>, record: T): string {
  return JSON.stringify({ formatVersion: FORMAT_VERSION, ...(schema.parse(record) as object) });
}

/** Reads a stored record, refusing a newer format and anything its schema refuses. */
export function readRecord<T>(schema: z.ZodType<T>, json: string, what: string): T {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`stored ${what} is not an object`);
  }
  const { formatVersion, ...fields } = parsed as Record<string, unknown>;
  const version = versionOf(formatVersion, `stored ${what}`);
  if (version > FORMAT_VERSION) throw new FormatTooNewError(`a stored ${what}`, version);
  return schema.parse(fields);
}

export const readNetwork = (json: string) => readRecord(NetworkSchema, json, 'network');
export const writeNetwork = (network: Network) => writeRecord(NetworkSchema, network);
// The kind's schema, typed by the kind (TypeScript cannot narrow the lookup on its own).
const schemaOf = <K extends NetworkKind>(kind: K) =>
  NETWORK_KINDS[kind] as unknown as z.ZodType<NetworkRecord<K>>;
export const readOf = <K extends NetworkKind>(kind: K, json: string) =>
  readRecord(schemaOf(kind), json, `network ${kind}`);
export const writeOf = <K extends NetworkKind>(kind: K, record: NetworkRecord<K>) =>
  writeRecord(schemaOf(kind), record);
/** Code-point order of ids, the same in every adapter. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
