import { type VersionMeta, VersionMetaSchema } from '@mentoring/shared/schema/version';
import { z } from 'zod';
import { apiRequest } from '../api/http';

const boardPath = (programmeId: string, boardId: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/boards/${encodeURIComponent(boardId)}/versions`;

const VersionList = z.object({ versions: z.array(VersionMetaSchema) });
const VersionResponse = z.object({ version: VersionMetaSchema });
const VersionState = z.object({ version: VersionMetaSchema, state: z.string() });
const RestoreResponse = z.object({ restored: VersionMetaSchema, before: VersionMetaSchema });

/** Where a board's versions live: the programme, the board and the session token. */
export interface BoardRef {
  programmeId: string;
  boardId: string;
  token: string;
}

/** The versions endpoints of the HTTP API (see `server/src/http/version-routes.ts`). */
export const versionsApi = {
  list: (ref: BoardRef): Promise<VersionMeta[]> =>
    apiRequest(boardPath(ref.programmeId, ref.boardId), { token: ref.token, schema: VersionList }).then(
      (response) => response.versions,
    ),
  create: (ref: BoardRef, name: string): Promise<VersionMeta> =>
    apiRequest(boardPath(ref.programmeId, ref.boardId), {
      method: 'POST',
      token: ref.token,
      body: { name },
      schema: VersionResponse,
    }).then((response) => response.version),
  load: (ref: BoardRef, versionId: string) =>
    apiRequest(`${boardPath(ref.programmeId, ref.boardId)}/${encodeURIComponent(versionId)}`, {
      token: ref.token,
      schema: VersionState,
    }),
  restore: (ref: BoardRef, versionId: string) =>
    apiRequest(`${boardPath(ref.programmeId, ref.boardId)}/${encodeURIComponent(versionId)}/restore`, {
      method: 'POST',
      token: ref.token,
      schema: RestoreResponse,
    }),
};
