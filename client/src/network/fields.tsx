import type { z } from 'zod';
import { FieldShell } from '../app/Field';

/** Field errors keyed by the issue's path joined with dots (`context.population`), first issue only. */
export type PathErrors = Record<string, string>;

/** Maps zod issues to messages by dotted path, in the interface language. */
export function pathErrors(
  issues: readonly z.core.$ZodIssue[],
  message: (issue: z.core.$ZodIssue) => string,
): PathErrors {
  const errors: PathErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= message(issue);
  }
  return errors;
}

interface Shell {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

/** A labelled multi-line text with its hint and inline error. */
export function TextAreaField({
  value,
  onChange,
  ...shell
}: Shell & { value: string; onChange: (value: string) => void }) {
  return (
    <FieldShell {...shell}>
      {(describedBy) => (
        <textarea
          id={shell.id}
          name={shell.id}
          rows={3}
          value={value}
          aria-required={shell.optional ? undefined : true}
          aria-invalid={shell.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** A labelled number input (kept as text while typed, so an empty field stays empty). */
export function NumberField({
  value,
  onChange,
  min,
  max,
  ...shell
}: Shell & { value: string; onChange: (value: string) => void; min: number; max: number }) {
  return (
    <FieldShell {...shell}>
      {(describedBy) => (
        <input
          id={shell.id}
          name={shell.id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          value={value}
          aria-required="true"
          aria-invalid={shell.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** A group of checkboxes in a fieldset, one per vocabulary id, the chosen ids kept in order given. */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  options,
  labelOf,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  options: readonly V[];
  labelOf: (option: V) => string;
  value: readonly V[];
  onChange: (value: V[]) => void;
  error?: string;
}) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} className="field checkbox-group" aria-describedby={errorId}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            name={id}
            value={option}
            checked={value.includes(option)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, option] : value.filter((v) => v !== option))
            }
          />
          {labelOf(option)}
        </label>
      ))}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
