import type { Draft, MentorProfile } from '@mentoring/shared/network/network';
import type { CityContext } from '@mentoring/shared/network/profiles';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';

/**
 * The needs analysis and a candidate's profile side by side, row by row as the matching compares
 * them: what the mentee lacks next to what the mentor is strong in, then size and context.
 */
export function CompareView({ draft, profile }: { draft: Draft; profile: MentorProfile }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const needs = draft.needs;
  const offer = profile.profile;
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : t('network.none'));
  const theme = (id: (typeof offer.experienceAreas)[number]) => t(`networkForms.theme.${id}`);
  const factor = (id: (typeof needs.gapFactors)[number]) => t(`networkForms.factor.${id}`);
  const topic = (id: (typeof needs.topics)[number]) => t(`networkForms.topic.${id}`);
  const number = (n: number) => new Intl.NumberFormat(language).format(n);
  const context = (c: CityContext) => ({
    population: number(c.population),
    share: t('network.percent', { value: number(c.migrantSharePercent) }),
    government: t(`networkForms.government.${c.governmentLevel}`),
    languages: c.languages.join(', '),
  });
  const captionId = `compare-caption-${draft.id}-${profile.id}`;
  const mine = context(needs.context);
  const theirs = context(offer.context);
  const rows: [string, string, string][] = [
    [t('networkForms.city'), needs.city, offer.city],
    [t('networkForms.compareTheme'), theme(needs.theme), list(offer.experienceAreas.map(theme))],
    [
      t('networkForms.compareFactors'),
      list(needs.gapFactors.map(factor)),
      list(offer.strengthFactors.map(factor)),
    ],
    [t('networkForms.topics'), list(needs.topics.map(topic)), list(offer.topics.map(topic))],
    [t('networkForms.goodPractices'), t('network.none'), list(offer.goodPractices.map((p) => p.title))],
    [t('networkForms.population'), mine.population, theirs.population],
    [t('networkForms.migrantShare'), mine.share, theirs.share],
    [t('networkForms.governmentLevel'), mine.government, theirs.government],
    [t('networkForms.languages'), mine.languages, theirs.languages],
    [
      t('networkForms.compareText'),
      needs.challenge || t('network.none'),
      offer.transferablePractices || offer.experience || t('network.none'),
    ],
    [t('networkForms.text.localContext'), t('network.none'), offer.localContext || t('network.none')],
    [t('networkForms.text.nationalContext'), t('network.none'), offer.nationalContext || t('network.none')],
  ];
  return (
    // Focusable so that a keyboard can scroll the table sideways on a narrow screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="compare">
        <caption id={captionId}>
          {t('networkForms.compareCaption', { title: draft.title, city: offer.city })}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('networkForms.compareNeeds', { city: needs.city })}</th>
            <th scope="col">{t('networkForms.compareProfile', { city: offer.city })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, left, right]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td lang={needs.language}>{left}</td>
              <td lang={offer.language}>{right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
