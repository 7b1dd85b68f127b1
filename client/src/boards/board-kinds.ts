import { type BoardKind, BoardKindSchema } from '@mentoring/shared/schema/board';

/** Every board kind, in the order of the mentoring process (free canvas first). */
export const BOARD_KINDS: readonly BoardKind[] = BoardKindSchema.options;
