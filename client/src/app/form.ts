import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/http';

/** A form's fields mapped to the key of their error message (already translated). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Turns one zod issue into a message in the interface language (the schemas' own text is English). */
export function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return t('form.required');
    case 'too_big':
      return t('form.tooLong', { max: String(issue.maximum) });
    default:
      return t('form.invalid');
  }
}

/**
 * Validates `values` with a shared zod schema: the data when valid, else one message per field (the
 * first issue of each), for inline display.
 */
export function validate<S extends z.ZodType, F extends string>(
  schema: S,
  values: Record<F, unknown>,
  t: TFunction,
): { data: z.infer<S>; errors: null } | { data: null; errors: FieldErrors<F> } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data, errors: null };
  const errors: FieldErrors<F> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as F | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issueMessage(issue, t);
  }
  return { data: null, errors };
}

/** Empty or blank optional text becomes `undefined`, as the schemas expect. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** A message for a failed API call. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.status === 429) return t('errors.rateLimited');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 400) return t('form.fixErrors');
    return t('errors.server', { status: String(error.status) });
  }
  return t('errors.server', { status: '0' });
}
