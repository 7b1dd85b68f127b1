import type { ScoreLineSchema } from '@mentoring/shared/network/api';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Line = z.infer<typeof ScoreLineSchema>;

/** The words of what matched in one explained line: vocabulary ids become their labels. */
export function matchedText(line: Line, t: TFunction): string {
  const label = (id: string) => {
    switch (line.component) {
      case 'theme':
        return t(`networkForms.theme.${id as 'reception'}`);
      case 'factorStrength':
      case 'factorPractice':
        return t(`networkForms.factor.${id as 'one-door'}`);
      case 'topic':
        return t(`networkForms.topic.${id as 'gender'}`);
      case 'government':
        return t(`networkForms.government.${id as 'region'}`);
      default:
        return id;
    }
  };
  return line.matched.map(label).join(', ');
}

/**
 * Points rounded to two decimals: the number shown (i18next formats it in the language's digits)
 * is the one the plural form is chosen by, so "1 point" never reads "1 points".
 */
const pointsCount = (value: number) => Math.round(value * 100) / 100;

/** A score's total: "1 point", "2.5 points". */
export function totalText(total: number, t: TFunction): string {
  return t('networkForms.total', { count: pointsCount(total) });
}

/** One sentence of the "why" of a score: what matched and how many points it brought. */
export function whyText(line: Line, t: TFunction): string {
  return t(`networkForms.why.${line.component}`, {
    items: matchedText(line, t),
    count: pointsCount(line.points),
  });
}
