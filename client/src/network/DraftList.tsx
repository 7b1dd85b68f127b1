import type { ChooseMentorResponseSchema } from '@mentoring/shared/network/api';
import type { Draft, MentorProfile } from '@mentoring/shared/network/network';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MatchList } from './MatchList';

/**
 * The drafts of the network: needs analyses waiting for a mentor (each with its matches behind a
 * button), then those whose mentor was chosen, now programmes. The `pinned` draft (its "choose"
 * dialog is open) stays among the waiting ones until the dialog closes.
 */
export function DraftList({
  networkId,
  token,
  drafts,
  profiles,
  showing,
  onShow,
  pinned,
  onPin,
  onChosen,
  profilesChanged,
}: {
  networkId: string;
  token: string;
  drafts: readonly Draft[];
  profiles: readonly MentorProfile[];
  showing: string | null;
  onShow: (draftId: string | null) => void;
  pinned: string | null;
  onPin: (draftId: string | null) => void;
  onChosen: (made: z.infer<typeof ChooseMentorResponseSchema>) => void;
  profilesChanged: number;
}) {
  const { t } = useTranslation();
  const open = drafts.filter((d) => !d.programmeId || d.id === pinned);
  const chosen = drafts.filter((d) => d.programmeId && d.id !== pinned);
  // A choose dialog closing unmounts the button it would give focus back to (its draft is now a
  // programme): focus goes to that draft's line among the chosen ones, once the list shows it.
  const closed = useRef<string | null>(null);
  const previous = useRef(pinned);
  useEffect(() => {
    if (previous.current && !pinned) closed.current = previous.current;
    previous.current = pinned;
  }, [pinned]);
  useEffect(() => {
    const id = closed.current;
    if (!id || !drafts.some((d) => d.id === id && d.programmeId)) return;
    closed.current = null;
    const line = document.querySelector<HTMLElement>(`[data-chosen-id="${CSS.escape(id)}"]`);
    const lost = !document.activeElement || document.activeElement === document.body;
    if (line && lost) line.focus();
  });
  return (
    <>
      {open.length === 0 ? <p>{t('networkForms.noDrafts')}</p> : null}
      <ul className="draft-list" aria-label={t('networkForms.openDrafts')} hidden={open.length === 0}>
        {open.map((draft) => {
          const shown = showing === draft.id;
          return (
            <li key={draft.id} className="card" data-draft={draft.title}>
              <h3>{t('networkForms.draftLine', { title: draft.title, city: draft.needs.city })}</h3>
              <p className="muted">
                {t('networkForms.draftNeeds', {
                  theme: t(`networkForms.theme.${draft.needs.theme}`),
                  factors: draft.needs.gapFactors.map((f) => t(`networkForms.factor.${f}`)).join(', '),
                })}
              </p>
              <button
                type="button"
                className="button small"
                aria-expanded={shown}
                aria-controls={`matches-${draft.id}`}
                onClick={() => onShow(shown ? null : draft.id)}
              >
                {shown
                  ? t('networkForms.hideMatches')
                  : t('networkForms.showMatches', { title: draft.title })}
              </button>
              <div id={`matches-${draft.id}`} hidden={!shown}>
                {shown ? (
                  <MatchList
                    networkId={networkId}
                    token={token}
                    draft={draft}
                    onChosen={onChosen}
                    onChoosing={(choosing) => onPin(choosing ? draft.id : null)}
                    profilesChanged={profilesChanged}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {chosen.length > 0 ? (
        <>
          <h3 id="chosen-heading">{t('networkForms.chosenHeading')}</h3>
          <ul className="draft-list" aria-labelledby="chosen-heading">
            {chosen.map((draft) => (
              <li key={draft.id} data-chosen={draft.title} data-chosen-id={draft.id} tabIndex={-1}>
                {t('networkForms.chosenLine', {
                  title: draft.title,
                  city: draft.needs.city,
                  mentor:
                    profiles.find((p) => p.id === draft.mentorProfileId)?.profile.city ?? t('network.none'),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
