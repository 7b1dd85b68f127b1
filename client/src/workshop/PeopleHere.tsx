import { useTranslation } from 'react-i18next';
import type { Peer } from './use-board-peers';

const SHOWN = 4;

/** Avatars of who is on this board (you first); names for screen readers and on hover. */
export function PeopleHere({ me, peers }: { me: Peer; peers: Peer[] }) {
  const { t } = useTranslation();
  const everyone = [{ ...me, name: `${me.name} (${t('board.you')})` }, ...peers];
  const hidden = everyone.length - SHOWN;
  return (
    <div className="people-here">
      <span className="visually-hidden" id="people-here-label">
        {t('board.peopleHere')}
      </span>
      <ul aria-labelledby="people-here-label" data-testid="people-here" data-count={everyone.length}>
        {everyone.map((peer, index) => (
          <li
            key={peer.memberId}
            className={index >= SHOWN ? 'visually-hidden' : undefined}
            title={peer.name}
          >
            <span className="avatar" aria-hidden="true" style={{ background: peer.color }}>
              {peer.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="visually-hidden">{peer.name}</span>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <span className="avatar more" aria-hidden="true">
          +{hidden}
        </span>
      ) : null}
    </div>
  );
}
