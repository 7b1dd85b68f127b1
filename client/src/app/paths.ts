import { LinkPaths } from '@mentoring/shared/schema/api';

/** Every route of the web app; join and programme paths are the ones invite links point to. */
export const paths = {
  start: '/',
  join: LinkPaths.join,
  programme: (programmeId: string) => LinkPaths.programme(programmeId),
  board: (programmeId: string, boardId: string) =>
    `${LinkPaths.programme(programmeId)}/boards/${encodeURIComponent(boardId)}`,
} as const;
