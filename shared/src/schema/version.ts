import { z } from 'zod';

/**
 * The formal approval of a plan inside the city administration (issue 14), tied to the named
 * version that was approved. Recorded on the version so that it stays with that exact content
 * (a later restore or edit does not move it).
 */
export const ApprovalSchema = z.object({
  /** The body that approved it (city council, board of aldermen…). */
  body: z.string().trim().min(1, 'required').max(200),
  /** `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  /** The administration's reference (decision number…); may be empty. */
  reference: z.string().trim().max(200),
  /** Who signed or presented it; may be empty. */
  approvedBy: z.string().trim().max(200),
  /** ISO 8601, set by the server. */
  recordedAt: z.string(),
  /** Who recorded it in the product, set by the server. */
  recordedBy: z.object({ memberId: z.string(), name: z.string() }).nullable(),
});
export type Approval = z.infer<typeof ApprovalSchema>;

/** A named version of a board, as listed (its state is loaded on demand). */
export const VersionMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO 8601. */
  createdAt: z.string(),
  /** Who made it; null for an automatic version. */
  createdBy: z.object({ memberId: z.string(), name: z.string() }).nullable(),
  auto: z.boolean(),
  /** Set when this version is the one formally approved (issue 14); absent otherwise. */
  approval: ApprovalSchema.optional(),
});
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

export const CreateVersionRequestSchema = z.object({
  name: z.string().trim().min(1, 'required').max(120, 'at most 120 characters'),
});
export type CreateVersionRequest = z.infer<typeof CreateVersionRequestSchema>;

/** What a person fills in to record an approval (the server adds when and by whom). */
export const RecordApprovalRequestSchema = ApprovalSchema.pick({
  body: true,
  date: true,
  reference: true,
  approvedBy: true,
});
export type RecordApprovalRequest = z.infer<typeof RecordApprovalRequestSchema>;
