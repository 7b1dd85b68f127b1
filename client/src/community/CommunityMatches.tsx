import {
  type CommunityMatchesResponse,
  CommunityMatchesResponseSchema,
} from '@mentoring/shared/network/community-api';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/http';
import { apiErrorMessage } from '../app/form';
import { useLanguage } from '../app/i18n';
import { Loading } from '../app/Loading';
import { totalText, whyText } from '../network/match-text';
import './community-matches.css';

type State =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; view: CommunityMatchesResponse };

/**
 * The matching view inside a community of practice ("who here can help with this need"): for each
 * member city, the other cities ranked by the network's score, each with the same "why" lines as the
 * mentor matches. Lists, not a table, so the explanations stay readable on a phone. A programme that
 * is no community (the server answers 404) shows nothing.
 */
export function CommunityMatches({ programmeId, token }: { programmeId: string; token: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    apiRequest(`/api/programmes/${encodeURIComponent(programmeId)}/community-matches`, {
      token,
      schema: CommunityMatchesResponseSchema,
      signal: abort.signal,
    }).then(
      (view) => setState({ status: 'ready', view }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setState({ status: 'none' });
        else setState({ status: 'failed', message: apiErrorMessage(error, t) });
      },
    );
    return () => abort.abort();
  }, [programmeId, token, t]);

  if (state.status === 'none') return null;
  return (
    <section className="card community-matches" aria-labelledby="community-matches-heading">
      <h2 id="community-matches-heading">{t('community.matches.title')}</h2>
      <p>{t('community.matches.intro')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <p className="form-error">{state.message}</p> : null}
      {state.status === 'ready'
        ? state.view.cities.map((need, cityIndex) => {
            const headingId = `community-needs-${cityIndex}`;
            return (
              <div key={need.city} className="community-need" data-need-city={need.city}>
                <h3 id={headingId}>{t('community.matches.needsOf', { city: need.city })}</h3>
                {!need.hasNeeds ? (
                  <p>{t('community.matches.noNeeds', { city: need.city })}</p>
                ) : need.helpers.length === 0 ? (
                  <p>{t('community.matches.noHelpers')}</p>
                ) : (
                  <ol className="match-list" aria-labelledby={headingId}>
                    {need.helpers.map((helper, index) => {
                      const whyId = `community-why-${cityIndex}-${index}`;
                      return (
                        <li key={helper.city} className="match" data-helper={helper.city}>
                          <p className="helper-name" id={`${whyId}-label`}>
                            <strong>{t('networkForms.rank', { n: index + 1, city: helper.city })}</strong>{' '}
                            <span className="muted">{totalText(helper.score.total, t)}</span>
                          </p>
                          <ul className="why" aria-labelledby={`${whyId}-label`}>
                            {helper.score.lines
                              .filter((line) => line.points > 0)
                              .map((line) => (
                                <li key={line.component} data-kind={line.kind}>
                                  {whyText(line, t)}
                                </li>
                              ))}
                            {helper.score.overlap === 0 ? <li>{t('networkForms.noOverlap')}</li> : null}
                          </ul>
                        </li>
                      );
                    })}
                  </ol>
                )}
                {need.hasNeeds && need.withoutProfile.length > 0 ? (
                  <p className="muted">
                    {t('community.matches.withoutProfile', {
                      cities: new Intl.ListFormat(language, { type: 'conjunction' }).format(
                        need.withoutProfile,
                      ),
                    })}
                  </p>
                ) : null}
              </div>
            );
          })
        : null}
    </section>
  );
}
