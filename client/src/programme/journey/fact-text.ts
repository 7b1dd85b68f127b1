import { fieldText } from '@mentoring/shared/i18n/templates';
import type { Fact, Step } from '@mentoring/shared/journey/model';
import type { Language } from '@mentoring/shared/schema/programme';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import type { TFunction } from 'i18next';

/**
 * `t` for a key built from the journey's data (a fact's key, a step's type): the app's typings know
 * only literal keys; app/locales checks that every `journey.` key exists in every language.
 */
export function dynamicT(
  t: TFunction,
  key: string,
  values?: Readonly<Record<string, string | number>>,
): string {
  return (t as unknown as (key: string, options?: object) => string)(key, values);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` text as the reader writes dates; any other text (typed freely) as it is. */
function readerDate(language: Language, text: string): string {
  if (!ISO_DATE.test(text)) return text;
  const date = new Date(`${text}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? text
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A fact of a step in words: `journey.fact.<key>`, a field by its label in the template texts. */
export function factText(t: TFunction, language: Language, fact: Fact): string {
  const field =
    fact.field && fact.kind
      ? (fieldText(language, fact.kind as TemplateKind, fact.field)?.label ?? fact.field)
      : undefined;
  const kind = fact.kind ? dynamicT(t, `boardKinds.${fact.kind}`, { defaultValue: fact.kind }) : undefined;
  return dynamicT(t, `journey.fact.${fact.key}`, {
    count: fact.count ?? 0,
    total: fact.total ?? 0,
    text: readerDate(language, fact.text ?? ''),
    field: field ?? '',
    kind: kind ?? '',
  });
}

const DEFAULT_VISITS = new Set(['groundwork', 'inspiration', 'consolidation']);

/** A step's title: its type's, or for a visit its kind's (and the title given to it). */
export function stepTitle(t: TFunction, step: Step): string {
  if (step.type === 'added') return step.title ?? t('journey.visit.custom.title');
  if (step.type !== 'visit') return dynamicT(t, `journey.step.${step.type}.title`);
  const kind = step.visit?.kind ?? 'custom';
  const given = step.visit?.title.trim();
  if (DEFAULT_VISITS.has(kind)) return dynamicT(t, `journey.visit.${kind}.title`);
  return given || t('journey.visit.custom.title');
}

/** What a step is for, in the product's words. */
export function stepPurpose(t: TFunction, step: Step): string {
  if (step.type === 'added') return dynamicT(t, `journey.purpose.${step.purpose ?? 'other'}`);
  if (step.type !== 'visit') return dynamicT(t, `journey.step.${step.type}.purpose`);
  const kind = step.visit?.kind ?? 'custom';
  return dynamicT(t, `journey.visit.${DEFAULT_VISITS.has(kind) ? kind : 'custom'}.purpose`);
}

/** What to do next on a step not done yet, in the product's words. */
export function stepNext(t: TFunction, step: Step): string {
  if (step.type === 'added') return t('journey.addedNext');
  if (step.type !== 'visit') return dynamicT(t, `journey.step.${step.type}.next`);
  // A visit's advice follows what it already holds: planning, then the write-up, then the follow-up.
  const missing = new Set(step.missing.map((fact) => fact.key));
  const planned = !missing.has('noDate') && !missing.has('noAgenda') && !missing.has('visitNotPlanned');
  if (planned && missing.has('noOutcomes')) return t('journey.visitAfter');
  if (planned && missing.has('nextStepsOpen')) return t('journey.visitFollowUp');
  const kind = step.visit?.kind ?? 'custom';
  return dynamicT(t, `journey.visit.${DEFAULT_VISITS.has(kind) ? kind : 'custom'}.next`);
}
