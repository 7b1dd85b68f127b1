import type { Board } from '@mentoring/shared/schema/board';
import type { Language } from '@mentoring/shared/schema/programme';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageLanguage } from '../app/i18n';
import { ExportLanguageSelect } from '../exports/ExportLanguageSelect';
import { TimerDisplay } from '../workshop/TimerDisplay';
import { useWorkshopConnection, WorkshopProvider } from '../workshop/use-workshop-session';
import { JoinCard } from './JoinCard';
import { ProjectedBoard } from './ProjectedBoard';
import type { ProjectionScreenSession } from './projection-link';
import { useProgrammeDetails } from './use-programme-details';

/**
 * The room screen: the facilitator's board and view (read-only), the timer in big type, the
 * spotlight, the vote results and how to join. Every connection reconnects by itself. It speaks the
 * programme's working language (the room's), whatever this device's interface language; a select
 * on its bar switches it for this screen only.
 */
export function ProjectionScreen({
  programmeId,
  session,
}: {
  programmeId: string;
  session: ProjectionScreenSession;
}) {
  const { t } = useTranslation();
  const workshop = useWorkshopConnection(session.token, null);
  const { follow, spotlight, roster } = workshop.snapshot;
  const boardId = follow.active ? follow.boardId : null;
  const details = useProgrammeDetails(programmeId, session.token, boardId);
  const board: Board | undefined = details?.boards.find((candidate) => candidate.id === boardId);
  const spotlit = spotlight ? roster?.find((entry) => entry.memberId === spotlight) : undefined;
  const workingLanguage = details?.programme.language;
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? workingLanguage ?? null;
  usePageLanguage(language);

  return (
    <WorkshopProvider value={workshop}>
      <div className="projection" data-testid="projection" data-board-id={board?.id ?? ''}>
        <header className="projection-header">
          <div className="projection-titles">
            <p className="projection-programme" lang={workingLanguage}>
              {details?.programme.title ?? ''}
            </p>
            <h1 className="projection-board-title" lang={board ? workingLanguage : undefined}>
              {board?.title ?? t('projection.title')}
            </h1>
          </div>
          {language ? (
            <div className="projection-language" data-testid="projection-language">
              <ExportLanguageSelect
                value={language}
                onChange={setChosen}
                workingLanguage={workingLanguage}
                labelKey="readerLanguage.projectionLabel"
              />
            </div>
          ) : null}
          <TimerDisplay size="huge" />
        </header>
        {spotlit ? (
          <p className="projection-spotlight" data-testid="projection-spotlight" role="status">
            <span className="avatar" aria-hidden="true" style={{ background: spotlit.colour }}>
              {spotlit.name.slice(0, 1).toUpperCase()}
            </span>
            {t('projection.spotlight', { name: spotlit.name })}
          </p>
        ) : null}
        <div className="projection-body">
          <main className="projection-main">
            {board ? (
              <ProjectedBoard
                key={board.docId}
                board={board}
                session={session}
                contentLanguage={workingLanguage}
              />
            ) : (
              <p className="projection-waiting" role="status">
                {workshop.snapshot.connected ? t('projection.waiting') : t('projection.connecting')}
              </p>
            )}
          </main>
          {session.joinLink ? <JoinCard link={session.joinLink} /> : null}
        </div>
      </div>
    </WorkshopProvider>
  );
}
