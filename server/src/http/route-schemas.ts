import { BoardIdSchema, InviteIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import { z } from 'zod';

/** Path parameters shared by the `/api/programmes/:id/…` routes, declared once. */
export const ProgrammeParams = z.object({ id: ProgrammeIdSchema });
export const BoardParams = ProgrammeParams.extend({ boardId: BoardIdSchema });
export const InviteParams = ProgrammeParams.extend({ inviteId: InviteIdSchema });
export const VersionParams = BoardParams.extend({ versionId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
