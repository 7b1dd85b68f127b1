import {
  type RecordApprovalRequest,
  type VersionMeta,
  VersionMetaSchema,
} from '@mentoring/shared/schema/version';
import { z } from 'zod';
import { apiRequest } from '../api/http';
import type { BoardRef } from './versions-api';

const Recorded = z.object({ version: VersionMetaSchema, monitoringBoardId: z.string(), added: z.number() });
const Withdrawn = z.object({ version: VersionMetaSchema });

const approvalPath = (ref: BoardRef, versionId: string) =>
  `/api/programmes/${encodeURIComponent(ref.programmeId)}/boards/${encodeURIComponent(ref.boardId)}/versions/${encodeURIComponent(versionId)}/approval`;

/** The approval endpoints (see `server/src/http/approval-routes.ts`). */
export const approvalsApi = {
  record: (ref: BoardRef, versionId: string, body: RecordApprovalRequest) =>
    apiRequest(approvalPath(ref, versionId), { method: 'POST', token: ref.token, body, schema: Recorded }),
  withdraw: (ref: BoardRef, versionId: string): Promise<VersionMeta> =>
    apiRequest(approvalPath(ref, versionId), { method: 'DELETE', token: ref.token, schema: Withdrawn }).then(
      (response) => response.version,
    ),
};

/** The version whose approval is the latest (by approval date, then by when it was recorded), or null. */
export function approvedVersion(versions: readonly VersionMeta[]): VersionMeta | null {
  let best: VersionMeta | null = null;
  for (const version of versions) {
    const approval = version.approval;
    if (!approval) continue;
    const current = best?.approval;
    const later =
      !current ||
      approval.date > current.date ||
      (approval.date === current.date && approval.recordedAt > current.recordedAt);
    if (later) best = version;
  }
  return best;
}
