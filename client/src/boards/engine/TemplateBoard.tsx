import { TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import { RoleSchema } from '@mentoring/shared/schema/roles';
import { mayEditKind } from '@mentoring/shared/schema/templates/declaration';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useProvidedProgramme } from '../../api/programme-context';
import { useProgramme } from '../../api/use-programme';
import { Loading } from '../../app/Loading';
import type { BoardViewProps } from '../board-view-props';
import { Announcer, useAnnouncer } from '../fields/Announcer';
import {
  type BoardScope,
  BoardScopeContext,
  type CommentRequest,
  type ProgrammeScope,
  ProgrammeScopeContext,
} from '../fields/board-scope';
import { CommentsPanel } from '../fields/CommentsPanel';
import { useBoardsT } from '../fields/use-boards-t';
import { useBoardStores, useTemplateSetup } from '../fields/use-template-setup';
import { OWN_PARTS } from '../own-parts';
import '../fields/boards.css';
import { DeclaredBoard } from './DeclaredBoard';
import { type BoardParts, NO_PARTS, PartsContext, TemplateContext } from './template-context';

/** The parts of the kind's own folder: loaded once per kind, `NO_PARTS` for a kind without any. */
function useOwnParts(kind: string): BoardParts | null {
  const load = Object.hasOwn(OWN_PARTS, kind) ? OWN_PARTS[kind] : undefined;
  const [loaded, setLoaded] = useState<{ kind: string; parts: BoardParts } | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then((module) => live && setLoaded({ kind, parts: module.default }));
    return () => {
      live = false;
    };
  }, [kind, load]);
  if (!load) return NO_PARTS;
  return loaded?.kind === kind ? loaded.parts : null;
}

export interface TemplateBoardProps extends BoardViewProps {
  readonly kind: TemplateKind;
}

/**
 * Every structured board: sets up its document, the shared scope (stores, language, who is
 * writing), the comments panel and the live region, then renders the board from its template's
 * declaration, with the parts of the kind's own folder.
 */
export default function TemplateBoard({
  kind,
  board,
  connection,
  readOnly,
  filling = false,
  user,
}: TemplateBoardProps) {
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
  // Mirrors the server's per-kind edit rights: a role the kind's `editableBy` leaves out reads the
  // board and comments on it.
  const role = RoleSchema.safeParse(user.role);
  const contentReadOnly = readOnly || filling || (role.success && !mayEditKind(TEMPLATES[kind], role.data));
  const ready = useTemplateSetup(kind, doc, contentReadOnly, programme, state.status !== 'loading');
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
            readOnly: contentReadOnly,
            commentsReadOnly: readOnly || filling,
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
    [
      stores,
      doc,
      awareness,
      kind,
      readOnly,
      filling,
      contentReadOnly,
      user,
      organisation,
      t,
      language,
      announce,
    ],
  );

  const parts = useOwnParts(kind);
  const template = TEMPLATES[kind];
  // The same element on every render: the chrome above re-renders with the connection state (saving,
  // saved) on every edit, and the board below must not re-render with it.
  const view = useMemo(() => {
    if (!parts) return null;
    const { Frame } = parts;
    return Frame ? (
      <Frame>
        <DeclaredBoard />
      </Frame>
    ) : (
      <DeclaredBoard />
    );
  }, [parts]);

  if (!scope || !ready || !view || !parts) return <Loading label={t('common.opening')} />;
  const title = scope.texts.titles[kind];
  return (
    <ProgrammeScopeContext.Provider value={programme}>
      <BoardScopeContext.Provider value={scope}>
        <TemplateContext.Provider value={template}>
          <PartsContext.Provider value={parts}>
            <div
              className={panel ? 'template-board with-panel' : 'template-board'}
              data-testid="template-board"
              data-kind={kind}
              data-readonly={contentReadOnly}
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
          </PartsContext.Provider>
        </TemplateContext.Provider>
      </BoardScopeContext.Provider>
    </ProgrammeScopeContext.Provider>
  );
}
