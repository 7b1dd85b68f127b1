import type { ChooseMentorResponseSchema } from '@mentoring/shared/network/api';
import type { Draft, MentorProfile } from '@mentoring/shared/network/network';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/http';
import { TextField } from '../app/Field';
import { apiErrorMessage } from '../app/form';
import { CopyLink } from '../invites/CopyLink';
import { Modal } from '../versions/Modal';
import { networkApi } from './network-api';

type Chosen = z.infer<typeof ChooseMentorResponseSchema>;

/**
 * "Choose this mentor": after a confirmation the draft becomes a programme, and the dialog shows
 * the mentor city's invite and the facilitator's own link (each shown once, with copy). A react-aria
 * dialog: focus stays inside, Escape closes, focus returns to the button that opened it.
 */
export function ChooseDialog({
  networkId,
  token,
  draft,
  profile,
  onClose,
  onChosen,
}: {
  networkId: string;
  token: string;
  draft: Draft;
  profile: MentorProfile;
  onClose: () => void;
  onChosen: (made: Chosen) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [made, setMade] = useState<Chosen | null>(null);
  // Someone else chose first (409): there is nothing left to confirm, only to close.
  const [taken, setTaken] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The focused confirm button is gone: focus goes to the way out, not to the page's body.
    if (taken) cancel.current?.focus();
  }, [taken]);
  const city = profile.profile.city;
  // Closing after a choice tells the page, which then lists the draft as a programme.
  const close = () => (made ? onChosen(made) : onClose());

  const choose = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setMade(await networkApi.choose(networkId, token, draft.id, profile.id, name.trim() || undefined));
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 409;
      setTaken(conflict);
      setFailure(conflict ? t('networkForms.alreadyChosen') : apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('networkForms.chooseTitle', { city, title: draft.title })} onClose={close}>
      {made ? (
        <div className="stack" data-testid="chosen">
          <p role="status">{t('networkForms.chosen', { city, title: made.programme.title })}</p>
          <p>{t('networkForms.mentorInviteIntro', { city })}</p>
          <CopyLink
            id="mentor-invite-link"
            link={made.mentorInviteLink}
            label={t('networkForms.mentorInvite', { city })}
          />
          <p>{t('networkForms.facilitatorLinkIntro')}</p>
          <CopyLink
            id="facilitator-link"
            link={made.facilitatorLink}
            label={t('networkForms.facilitatorLink')}
          />
          <div className="row">
            <a className="button" href={made.facilitatorLink}>
              {t('networkForms.openProgramme')}
            </a>
            <button type="button" className="button primary" onClick={close}>
              {t('networkForms.done')}
            </button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <p>{t('networkForms.chooseBody', { city })}</p>
          <TextField
            id="choose-facilitator"
            label={t('networkForms.facilitatorName')}
            hint={t('networkForms.facilitatorNameHint')}
            value={name}
            onChange={setName}
            maxLength={80}
            optional
          />
          <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
          <div className="row">
            <button ref={cancel} type="button" className="button" onClick={onClose}>
              {t('form.cancel')}
            </button>
            {taken ? null : (
              <button type="button" className="button primary" disabled={busy} onClick={() => void choose()}>
                {t('networkForms.confirmChoose', { city })}
              </button>
            )}
          </div>
        </div>
      )}
    </Modal>
  );
}
