import { z } from 'zod';

/**
 * Every id the server hands out: at least 128 random bits, base64url (22 characters for 16 bytes).
 * Branded, so that a member id can never be passed where a programme id is expected.
 */
const idString = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a valid id');

export const ProgrammeIdSchema = idString.brand<'ProgrammeId'>();
export type ProgrammeId = z.infer<typeof ProgrammeIdSchema>;

export const BoardIdSchema = idString.brand<'BoardId'>();
export type BoardId = z.infer<typeof BoardIdSchema>;

/** The id of a board's Y.Doc, as used in `/yjs/:docId`. */
export const DocIdSchema = idString.brand<'DocId'>();
export type DocId = z.infer<typeof DocIdSchema>;

export const MemberIdSchema = idString.brand<'MemberId'>();
export type MemberId = z.infer<typeof MemberIdSchema>;

export const InviteIdSchema = idString.brand<'InviteId'>();
export type InviteId = z.infer<typeof InviteIdSchema>;

/** ISO 8601 instant in UTC, as every stored and transferred time is written. */
export const TimestampSchema = z.iso.datetime();

/** A network of municipalities (shared/src/network): the workspace above programmes. */
export const NetworkIdSchema = idString.brand<'NetworkId'>();
export type NetworkId = z.infer<typeof NetworkIdSchema>;
