import type { SessionResponse } from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import { can } from '@mentoring/shared/schema/roles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'tldraw';
import type * as Y from 'yjs';
import { ExportMenu } from '../exports/ExportMenu';
import { VersionsPanel } from './VersionsPanel';
import './versions.css';

export interface BoardToolsProps {
  board: Board;
  session: SessionResponse;
  token: string;
  doc: Y.Doc | null;
  editor: Editor | null;
  /** Told after an approval is recorded or withdrawn in the versions panel. */
  onApprovalChange?: () => void;
}

/** The "Versions" button (opening the versions panel) and the "Export" menu of a board's bar. */
export function BoardTools({ board, session, token, doc, editor, onApprovalChange }: BoardToolsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="board-tools row">
      <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('versions.button')}
      </button>
      <ExportMenu
        board={board}
        programmeTitle={session.programme.title}
        programmeLanguage={session.programme.language}
        token={token}
        editor={editor}
      />
      {open ? (
        <VersionsPanel
          board={board}
          token={token}
          canManage={can(session.role, 'manageVersions')}
          doc={doc}
          onApprovalChange={onApprovalChange}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
