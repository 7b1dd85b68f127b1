import { z } from 'zod';

/** A named version of a board, as listed (its state is loaded on demand). */
export const VersionMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO 8601. */
  createdAt: z.string(),
  /** Who made it; null for an automatic version. */
  createdBy: z.object({ memberId: z.string(), name: z.string() }).nullable(),
  auto: z.boolean(),
});
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

export const CreateVersionRequestSchema = z.object({
  name: z.string().trim().min(1, 'required').max(120, 'at most 120 characters'),
});
export type CreateVersionRequest = z.infer<typeof CreateVersionRequestSchema>;
