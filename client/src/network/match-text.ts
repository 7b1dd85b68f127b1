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

/** One sentence of the "why" of a score: what matched and how many points it brought. */
export function whyText(line: Line, t: TFunction, language: string): string {
  const points = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(line.points);
  return t(`networkForms.why.${line.component}`, { items: matchedText(line, t), points });
}
