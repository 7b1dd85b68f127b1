import {
  COMMUNITY_CITIES,
  type CommunityCity,
  type CommunityInput,
} from '@mentoring/shared/network/community';
import type { Language } from '@mentoring/shared/schema/programme';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const emptyCity = (): CommunityCity => ({ city: '', goodPractices: '', topics: '' });

/**
 * Plans a community: its title and topic, then each member city with what it can share (good
 * practices) and what it wants to learn (topics). Starts with the fewest cities a community has.
 */
export function CommunityForm({
  language,
  busy,
  onSubmit,
  onCancel,
}: {
  language: Language;
  busy: boolean;
  onSubmit: (input: CommunityInput) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState('');
  const [cities, setCities] = useState<CommunityCity[]>(() =>
    Array.from({ length: COMMUNITY_CITIES.min }, emptyCity),
  );
  const change = (at: number, patch: Partial<CommunityCity>) =>
    setCities((now) => now.map((city, i) => (i === at ? { ...city, ...patch } : city)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit({ title, topic, language, cities })) {
      setTitle('');
      setTopic('');
      setCities(Array.from({ length: COMMUNITY_CITIES.min }, emptyCity));
    }
  };

  return (
    <form className="card" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h2 id={`${id}-heading`}>{t('community.createTitle')}</h2>
      <p>{t('community.createIntro', { min: COMMUNITY_CITIES.min })}</p>
      <label htmlFor={`${id}-title`}>{t('community.field.title')}</label>
      <input
        id={`${id}-title`}
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={`${id}-topic`}>{t('community.field.topic')}</label>
      <input
        id={`${id}-topic`}
        required
        maxLength={200}
        value={topic}
        onChange={(e) => setTopic(e.target.value)}
      />
      {cities.map((city, at) => (
        // Rows have no id of their own until saved; their place is their identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <fieldset key={at}>
          <legend>{t('community.cityLegend', { number: at + 1 })}</legend>
          <label htmlFor={`${id}-city-${at}`}>{t('community.field.city')}</label>
          <input
            id={`${id}-city-${at}`}
            required
            maxLength={120}
            value={city.city}
            onChange={(e) => change(at, { city: e.target.value })}
          />
          <label htmlFor={`${id}-practices-${at}`}>{t('community.field.goodPractices')}</label>
          <textarea
            id={`${id}-practices-${at}`}
            maxLength={2000}
            value={city.goodPractices}
            onChange={(e) => change(at, { goodPractices: e.target.value })}
          />
          <label htmlFor={`${id}-topics-${at}`}>{t('community.field.topics')}</label>
          <textarea
            id={`${id}-topics-${at}`}
            maxLength={2000}
            value={city.topics}
            onChange={(e) => change(at, { topics: e.target.value })}
          />
          {cities.length > COMMUNITY_CITIES.min ? (
            <button type="button" onClick={() => setCities((now) => now.filter((_, i) => i !== at))}>
              {t('community.removeCity', { number: at + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="actions">
        {cities.length < COMMUNITY_CITIES.max ? (
          <button type="button" onClick={() => setCities((now) => [...now, emptyCity()])}>
            {t('community.addCity')}
          </button>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('community.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
