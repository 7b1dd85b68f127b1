import { type BoardComparison, compareBoards } from '@mentoring/shared/compare/compare-boards';
import type { Board } from '@mentoring/shared/schema/board';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import type { RecordApprovalRequest, VersionMeta } from '@mentoring/shared/schema/version';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { apiErrorMessage } from '../app/form';
import { ApprovalForm } from './ApprovalForm';
import { approvalsApi, approvedVersion } from './approvals-api';
import { CompareForm, NOW } from './CompareForm';
import { CompareView } from './CompareView';
import { ConfirmDialog } from './ConfirmDialog';
import { Modal } from './Modal';
import { ReadOnlyContent } from './ReadOnlyContent';
import { SaveVersionForm } from './SaveVersionForm';
import { useVersions } from './use-versions';
import { VersionList } from './VersionList';
import { COMPARABLE_KINDS, contentOf, contentOfState } from './version-content';
import { type BoardRef, versionsApi } from './versions-api';

// tldraw is large: loaded only when a canvas version is opened.
const CanvasVersionPreview = lazy(() => import('./CanvasVersionPreview'));

type View =
  | { type: 'none' }
  | { type: 'open'; name: string; content: Record<string, unknown> | null }
  | { type: 'canvas'; name: string; state: string }
  | { type: 'compare'; title: string; comparison: BoardComparison };

export interface VersionsPanelProps {
  board: Board;
  token: string;
  canManage: boolean;
  /** The live board's doc, for comparing with now; null while connecting. */
  doc: Y.Doc | null;
  onClose: () => void;
  /** Opens on the changes since the approved version (the plan's "changes since approval"). */
  sinceApproval?: boolean;
  /** Told after an approval is recorded or withdrawn, so that what shows it reloads. */
  onApprovalChange?: () => void;
}

/** The board's versions: list, save, open read-only, compare, restore (in a modal dialog). */
export function VersionsPanel({
  board,
  token,
  canManage,
  doc,
  onClose,
  sinceApproval = false,
  onApprovalChange,
}: VersionsPanelProps) {
  const { t } = useTranslation();
  const ref: BoardRef = { programmeId: board.programmeId, boardId: board.id, token };
  const { state, reload } = useVersions(ref);
  const [view, setView] = useState<View>({ type: 'none' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<VersionMeta | null>(null);
  const [approving, setApproving] = useState<VersionMeta | null>(null);
  const versions = state.status === 'ready' ? state.versions : [];
  const approved = approvedVersion(versions);
  const nameOf = (id: string) =>
    id === NOW ? t('versions.now') : (versions.find((v) => v.id === id)?.name ?? id);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setStatus('');
    try {
      await work();
    } catch (error) {
      setStatus(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  const contentFor = async (id: string) => {
    if (id === NOW) return doc ? contentOf(board.kind, doc) : null;
    return contentOfState(board.kind, (await versionsApi.load(ref, id)).state);
  };
  const open = (version: VersionMeta) =>
    attempt(async () => {
      if (board.kind === 'canvas') {
        const { state } = await versionsApi.load(ref, version.id);
        setView({ type: 'canvas', name: version.name, state });
        return;
      }
      setView({ type: 'open', name: version.name, content: await contentFor(version.id) });
    });
  const compare = (from: string, to: string) =>
    attempt(async () => {
      const [before, after] = await Promise.all([contentFor(from), contentFor(to)]);
      if (!before || !after) return;
      const title = t('versions.compare.heading', { from: nameOf(from), to: nameOf(to) });
      const template = board.kind === 'canvas' ? undefined : TEMPLATES[board.kind];
      setView({ type: 'compare', title, comparison: compareBoards(before, after, { template }) });
    });
  const recordApproval = (version: VersionMeta, request: RecordApprovalRequest) =>
    attempt(async () => {
      await approvalsApi.record(ref, version.id, request);
      setApproving(null);
      setStatus(t('approval.recorded', { name: version.name }));
      await reload();
      onApprovalChange?.();
    });
  const withdrawApproval = (version: VersionMeta) =>
    attempt(async () => {
      await approvalsApi.withdraw(ref, version.id);
      setStatus(t('approval.withdrawn', { name: version.name }));
      await reload();
      onApprovalChange?.();
    });
  const showSinceApproval = (version: VersionMeta) =>
    compare(version.id, NOW).then(() =>
      setView((current) =>
        current.type === 'compare'
          ? { ...current, title: t('approval.changesHeading', { name: version.name }) }
          : current,
      ),
    );
  // Opened from the plan's approval banner: straight to the changes since approval, once listed.
  const [sinceShown, setSinceShown] = useState(!sinceApproval);
  useEffect(() => {
    if (sinceShown || !approved || !doc) return;
    setSinceShown(true);
    void showSinceApproval(approved);
  });
  const restore = (version: VersionMeta) =>
    attempt(async () => {
      await versionsApi.restore(ref, version.id);
      setConfirming(null);
      setView({ type: 'none' });
      setStatus(t('versions.restored', { name: version.name }));
      await reload();
    });

  return (
    <Modal title={t('versions.title', { title: board.title })} onClose={onClose} className="versions-panel">
      {canManage ? (
        <SaveVersionForm
          boardRef={ref}
          onSaved={(name) => {
            setStatus(t('versions.saved', { name }));
            void reload();
          }}
        />
      ) : null}
      <p role="status" className="versions-status">
        {status}
      </p>
      {state.status === 'loading' ? <p>{t('app.loading')}</p> : null}
      {state.status === 'error' ? <p className="form-error">{apiErrorMessage(state.error, t)}</p> : null}
      {state.status === 'ready' ? (
        <VersionList
          versions={versions}
          canManage={canManage}
          onOpen={(v) => void open(v)}
          onRestore={setConfirming}
          approval={
            canManage && board.kind === 'action-plan'
              ? { onApprove: setApproving, onWithdraw: (v) => void withdrawApproval(v) }
              : undefined
          }
        />
      ) : null}
      {approved && COMPARABLE_KINDS.has(board.kind) ? (
        <button
          type="button"
          className="button small"
          disabled={busy || !doc}
          onClick={() => void showSinceApproval(approved)}
        >
          {t('approval.changesSince')}
        </button>
      ) : null}
      {approving ? (
        <ApprovalForm
          version={approving}
          busy={busy}
          onSave={(request) => void recordApproval(approving, request)}
          onCancel={() => setApproving(null)}
        />
      ) : null}
      {COMPARABLE_KINDS.has(board.kind) && versions.length > 0 ? (
        <CompareForm versions={versions} busy={busy} onCompare={(from, to) => void compare(from, to)} />
      ) : null}
      {view.type === 'open' ? (
        <section className="version-view" aria-labelledby="version-view-heading">
          <h3 id="version-view-heading">{t('versions.viewing', { name: view.name })}</h3>
          {view.content ? (
            <ReadOnlyContent kind={board.kind} content={view.content} />
          ) : (
            <p>{t('versions.canvasNote')}</p>
          )}
        </section>
      ) : null}
      {view.type === 'canvas' ? (
        <section className="version-view" aria-labelledby="version-view-heading">
          <h3 id="version-view-heading">{t('versions.viewing', { name: view.name })}</h3>
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <CanvasVersionPreview key={view.state} state={view.state} name={view.name} />
          </Suspense>
        </section>
      ) : null}
      {view.type === 'compare' ? (
        <section className="version-view" aria-labelledby="version-compare-heading">
          <h3 id="version-compare-heading">{view.title}</h3>
          <CompareView kind={board.kind} comparison={view.comparison} />
        </section>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('versions.confirmTitle', { name: confirming.name })}
          body={t('versions.confirmBody')}
          confirmLabel={t('versions.restore')}
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </Modal>
  );
}
