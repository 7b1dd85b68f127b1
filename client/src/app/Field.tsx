import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and inline error around one control, wired with `aria-describedby`. */
export function FieldShell({ id, label, hint, error, optional, children }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: string;
  error?: string;
  optional?: boolean;
  autoComplete?: string;
  maxLength?: number;
}

/** A labelled text input with its hint and inline error. */
export function TextField({ onChange, onBlur, value, autoComplete, maxLength, ...shell }: TextFieldProps) {
  return (
    <FieldShell {...shell}>
      {(describedBy) => (
        <input
          id={shell.id}
          name={shell.id}
          type="text"
          value={value}
          autoComplete={autoComplete}
          maxLength={maxLength}
          aria-required={shell.optional ? undefined : true}
          aria-invalid={shell.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldShell>
  );
}

export interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string; lang?: string }[];
  onChange: (value: V) => void;
  hint?: string;
  error?: string;
}

/** A labelled select with its hint and inline error. */
export function SelectField<V extends string>({ value, options, onChange, ...shell }: SelectFieldProps<V>) {
  return (
    <FieldShell {...shell}>
      {(describedBy) => (
        <select
          id={shell.id}
          name={shell.id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={shell.error ? true : undefined}
          onChange={(event) => {
            const next = options.find((option) => option.value === event.target.value);
            if (next) onChange(next.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
