import type { ChooseMentorResponseSchema, MatchListSchema } from '@mentoring/shared/network/api';
import type { Draft } from '@mentoring/shared/network/network';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiErrorMessage } from '../app/form';
import { Loading } from '../app/Loading';
import { ChooseDialog } from './ChooseDialog';
import { CompareView } from './CompareView';
import { totalText, whyText } from './match-text';
import { networkApi } from './network-api';

type Match = z.infer<typeof MatchListSchema>['matches'][number];

/**
 * The ranked candidate mentors of one draft, each with its explained score ("why"), a side-by-side
 * comparison with the needs, and the choice that turns the draft into a programme.
 */
export function MatchList({
  networkId,
  token,
  draft,
  onChosen,
  onChoosing,
  profilesChanged,
}: {
  networkId: string;
  token: string;
  draft: Draft;
  onChosen: (made: z.infer<typeof ChooseMentorResponseSchema>) => void;
  /** The "choose" dialog opened (true) or closed (false). */
  onChoosing: (open: boolean) => void;
  /** Moves when the network's profiles change: the ranking is read again. */
  profilesChanged: number;
}) {
  const { t } = useTranslation();
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [comparing, setComparing] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<Match | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a profiles notice re-ranks the candidates
  useEffect(() => {
    let current = true;
    networkApi.matches(networkId, token, draft.id).then(
      (list) => {
        if (current) setMatches(list.matches);
      },
      (error: unknown) => {
        if (current) setFailure(apiErrorMessage(error, t));
      },
    );
    return () => {
      current = false;
    };
  }, [networkId, token, draft.id, t, profilesChanged]);
  const choose = (match: Match | null) => {
    setChoosing(match);
    onChoosing(match !== null);
  };

  if (failure) return <p className="form-error">{failure}</p>;
  if (!matches) return <Loading />;
  if (matches.length === 0) return <p>{t('networkForms.noMatches')}</p>;
  return (
    <>
      <ol className="match-list" aria-label={t('networkForms.matchesOf', { title: draft.title })}>
        {matches.map((match, index) => {
          const city = match.profile.profile.city;
          const whyId = `why-${draft.id}-${match.profile.id}`;
          const compareId = `compare-${draft.id}-${match.profile.id}`;
          const open = comparing === match.profile.id;
          return (
            <li key={match.profile.id} className="card match" data-match={city}>
              <h4>
                {t('networkForms.rank', { n: index + 1, city })}{' '}
                <span className="muted">{totalText(match.score.total, t)}</span>
              </h4>
              <p id={`${whyId}-label`} className="visually-hidden">
                {t('networkForms.whyLabel', { city })}
              </p>
              <ul id={whyId} className="why" aria-labelledby={`${whyId}-label`}>
                {match.score.lines
                  .filter((line) => line.points > 0)
                  .map((line) => (
                    <li key={line.component} data-kind={line.kind}>
                      {whyText(line, t)}
                    </li>
                  ))}
                {match.score.overlap === 0 ? <li>{t('networkForms.noOverlap')}</li> : null}
              </ul>
              <div className="actions">
                <button
                  type="button"
                  className="button small"
                  aria-expanded={open}
                  aria-controls={compareId}
                  onClick={() => setComparing(open ? null : match.profile.id)}
                >
                  {open ? t('networkForms.hideCompare') : t('networkForms.compare', { city })}
                </button>
                <button type="button" className="button small primary" onClick={() => choose(match)}>
                  {t('networkForms.choose', { city })}
                </button>
              </div>
              <div id={compareId} hidden={!open}>
                {open ? <CompareView draft={draft} profile={match.profile} /> : null}
              </div>
            </li>
          );
        })}
      </ol>
      {choosing ? (
        <ChooseDialog
          networkId={networkId}
          token={token}
          draft={draft}
          profile={choosing.profile}
          onClose={() => choose(null)}
          onChosen={onChosen}
        />
      ) : null}
    </>
  );
}
