import { can } from '@mentoring/shared/schema/roles';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { sessionToken } from '../api/sessions';
import { ProjectionLauncher } from './ProjectionLauncher';
import './projection.css';

/**
 * The "Project" action on a board's bar, for facilitators: opens the projection set-up (room
 * screen link and join code) without going back to the programme home.
 */
export function ProjectBoardButton({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const token = sessionToken(programmeId);
  const [allowed, setAllowed] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!token) return;
    let live = true;
    api.session(token).then(
      (session) => live && setAllowed(can(session.role, 'facilitate')),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (!token || !allowed) return null;
  return (
    <div className="project-board">
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls="project-board-panel"
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('joinCodes.project')}
      </button>
      <div id="project-board-panel" className="project-board-panel" hidden={!open}>
        {open ? <ProjectionLauncher programmeId={programmeId} token={token} /> : null}
      </div>
    </div>
  );
}
