import { compareBoards } from '@mentoring/shared/compare/compare-boards';
import type { Board } from '@mentoring/shared/schema/board';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useApprovedPlan } from './approved-plan';
import { VersionsPanel } from './VersionsPanel';
import { contentOf } from './version-content';

export interface ApprovalBannerProps {
  board: Board;
  token: string;
  canManage: boolean;
  doc: Y.Doc | null;
  /** Changes when an approval was recorded or withdrawn elsewhere on this page (the versions panel). */
  refreshKey?: number;
}

/** Whether the live plan differs from its approved content, recomputed as the plan is edited. */
function useChangedSince(doc: Y.Doc | null, approved: Record<string, unknown> | null): boolean | null {
  const [changed, setChanged] = useState<boolean | null>(null);
  const check = useCallback(() => {
    if (!doc || !approved) return setChanged(null);
    const now = contentOf('action-plan', doc);
    setChanged(now ? compareBoards(approved, now, { template: TEMPLATES['action-plan'] }).changed : null);
  }, [doc, approved]);
  useEffect(() => {
    check();
    if (!doc) return;
    // After a pause in typing: comparing the whole plan on every keystroke is wasted work.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    };
    doc.on('update', later);
    return () => {
      clearTimeout(timer);
      doc.off('update', later);
    };
  }, [doc, check]);
  return changed;
}

/**
 * The approval of an action plan, shown prominently above it: who approved which version, when and
 * under which reference; whether the plan has changed since; a one-click compare with it.
 */
export function ApprovalBanner({ board, token, canManage, doc, refreshKey = 0 }: ApprovalBannerProps) {
  const { t } = useTranslation();
  const { state, reload } = useApprovedPlan({ programmeId: board.programmeId, boardId: board.id, token });
  const [comparing, setComparing] = useState(false);
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);
  const plan = state.status === 'ready' ? state.plan : null;
  const changed = useChangedSince(doc, plan ? (plan.content as Record<string, unknown>) : null);
  if (!plan) return null;
  const { version } = plan;
  const approval = version.approval!;
  const values = { body: approval.body, date: approval.date, reference: approval.reference };
  return (
    <section
      className="approval-banner"
      aria-labelledby="approval-banner-heading"
      data-testid="approval-banner"
    >
      <h2 id="approval-banner-heading" className="approval-heading">
        <span className="badge approved-badge">{t('approval.badge')}</span>{' '}
        {approval.reference ? t('approval.banner', values) : t('approval.bannerNoRef', values)}
      </h2>
      <p>
        {t('approval.bannerVersion', { name: version.name })}
        {approval.approvedBy ? ` · ${t('approval.signed', { name: approval.approvedBy })}` : ''}
      </p>
      {changed === null ? null : (
        <p className={changed ? 'approval-changed' : 'muted'} data-testid="approval-changed">
          {changed ? t('approval.changed') : t('approval.unchanged')}
        </p>
      )}
      {changed ? (
        <button
          type="button"
          className="button small"
          aria-haspopup="dialog"
          onClick={() => setComparing(true)}
        >
          {t('approval.changesSince')}
        </button>
      ) : null}
      {comparing ? (
        <VersionsPanel
          board={board}
          token={token}
          canManage={canManage}
          doc={doc}
          sinceApproval
          onApprovalChange={reload}
          onClose={() => setComparing(false)}
        />
      ) : null}
    </section>
  );
}
