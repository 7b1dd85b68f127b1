import { TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  Suspense,
  useCallback,
  useMemo,
  useState,
} from 'react';
import { useProvidedProgramme } from '../../api/programme-context';
import { useProgramme } from '../../api/use-programme';
import { Loading } from '../../app/Loading';
import type { BoardViewProps } from '../BoardView';
import { Announcer, useAnnouncer } from './Announcer';
import {
  type BoardScope,
  BoardScopeContext,
  type CommentRequest,
  type ProgrammeScope,
  ProgrammeScopeContext,
} from './board-scope';
import { CommentsPanel } from './CommentsPanel';
import { useBoardsT } from './use-boards-t';
import { useBoardStores, useTemplateSetup } from './use-template-setup';
import './boards.css';

/** One lazily loaded view per template kind (each a folder of small components under boards/). */
const VIEWS: { readonly [K in TemplateKind]: LazyExoticComponent<ComponentType> } = {
  'needs-analysis': lazy(() => import('../needs-analysis/NeedsAnalysisBoard')),
  benchmark: lazy(() => import('../benchmark/BenchmarkBoard')),
  'mentor-strengths': lazy(() => import('../mentor-strengths/MentorStrengthsBoard')),
  'good-practice': lazy(() => import('../good-practice/GoodPracticeBoard')),
  'support-network': lazy(() => import('../support-network/SupportNetworkBoard')),
  'action-plan': lazy(() => import('../action-plan/ActionPlanBoard')),
  'visit-agenda': lazy(() => import('../visit-agenda/VisitAgendaBoard')),
};

export interface TemplateBoardProps extends BoardViewProps {
  readonly kind: TemplateKind;
}

/**
 * Every structured board: sets up its document, the shared scope (stores, language, who is
 * writing), the comments panel and the live region, then shows the view of its kind.
 */
export default function TemplateBoard({ kind, board, connection, readOnly, user }: TemplateBoardProps) {
  const { t, language } = useBoardsT();
  const { doc, awareness } = connection;
  // The board page has the programme already; the projection screen does not.
  const provided = useProvidedProgramme();
  const fetched = useProgramme(board.programmeId, provided === null);
  const state = provided ?? fetched.state;
  const programme = useMemo<ProgrammeScope | null>(
    () =>
      state.status === 'ready'
        ? {
            programme: state.details.programme,
            boards: state.details.boards,
            member: state.session.member,
            token: state.token,
          }
        : null,
    [state],
  );
  const ready = useTemplateSetup(kind, doc, readOnly, programme, state.status !== 'loading');
  const stores = useBoardStores(doc, awareness);
  const { message, announce } = useAnnouncer();
  const [panel, setPanel] = useState<CommentRequest | null>(null);
  const closePanel = useCallback(() => {
    const back = panel?.returnFocus;
    setPanel(null);
    if (back) requestAnimationFrame(() => back.isConnected && back.focus());
  }, [panel]);
  const organisation = programme?.member.organisation;

  const scope = useMemo<BoardScope | null>(
    () =>
      stores
        ? {
            doc,
            awareness,
            kind,
            readOnly,
            me: { memberId: user.memberId, name: user.name, ...(organisation ? { organisation } : {}) },
            user,
            t,
            language,
            texts: TEMPLATE_TEXTS[language],
            comments: stores.comments,
            presence: stores.presence,
            openComments: setPanel,
            announce,
          }
        : null,
    [stores, doc, awareness, kind, readOnly, user, organisation, t, language, announce],
  );

  // The same element on every render: the chrome above re-renders with the connection state (saving,
  // saved) on every edit, and the board below must not re-render with it.
  const view = useMemo(() => {
    const View = VIEWS[kind];
    return (
      <Suspense fallback={<Loading label={t('common.opening')} />}>
        <View />
      </Suspense>
    );
  }, [kind, t]);

  if (!scope || !ready) return <Loading label={t('common.opening')} />;
  const title = scope.texts.titles[kind];
  return (
    <ProgrammeScopeContext.Provider value={programme}>
      <BoardScopeContext.Provider value={scope}>
        <div
          className={panel ? 'template-board with-panel' : 'template-board'}
          data-testid="template-board"
          data-kind={kind}
          data-readonly={readOnly}
        >
          <div className="template-main">
            <div className="board-intro no-print">
              <p className="kind-badge">{title.label}</p>
              <p className="muted">{title.help}</p>
              {readOnly ? <p className="readonly-note">{t('common.readOnly')}</p> : null}
            </div>
            {view}
          </div>
          {panel ? <CommentsPanel request={panel} onClose={closePanel} /> : null}
          <Announcer message={message} />
        </div>
      </BoardScopeContext.Provider>
    </ProgrammeScopeContext.Provider>
  );
}
