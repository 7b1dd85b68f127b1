import type { Owner } from '@mentoring/shared/doc/fields';
import { memo } from 'react';
import { useScope } from './board-scope';
import { FieldFrame } from './FieldFrame';
import { useFocusReport } from './use-field-state';
import { useValue } from './use-y';

/** What every field bound to a plain value (last writer wins) takes. */
interface ValueFieldProps<V> {
  /** The Y.Doc (a board value) or the item's Y.Map. */
  readonly owner: Owner;
  readonly itemId?: string;
  readonly field: string;
  readonly label: string;
  readonly help?: string;
  readonly compact?: boolean;
  /** Reads the stored value (the fallback for a missing or malformed one). */
  readonly parse: (raw: unknown) => V;
  /** Writes a new value through the template's handle (validated there). */
  readonly write: (value: V) => void;
}

/** A select bound to a plain value of a board or item. */
export const ValueSelect = memo(function ValueSelect<V extends string>({
  options,
  ...props
}: ValueFieldProps<V> & { options: readonly { value: V; label: string }[] }) {
  const { readOnly } = useScope();
  const value = useValue(props.owner, props.field, props.parse);
  const focus = useFocusReport(props.itemId, props.field);
  return (
    <FieldFrame {...props}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          disabled={readOnly}
          aria-describedby={describedBy}
          onFocus={focus.onFocus}
          onBlur={focus.onBlur}
          onChange={(event) => {
            const next = options.find((option) => option.value === event.target.value);
            if (next && !readOnly) props.write(next.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}) as <V extends string>(
  props: ValueFieldProps<V> & { options: readonly { value: V; label: string }[] },
) => React.JSX.Element;

/** A checkbox bound to a boolean of a board or item. */
export const ValueCheckbox = memo(function ValueCheckbox(props: ValueFieldProps<boolean>) {
  const { readOnly } = useScope();
  const value = useValue(props.owner, props.field, props.parse);
  const focus = useFocusReport(props.itemId, props.field);
  return (
    <FieldFrame {...props} layout="checkbox">
      {({ id, describedBy }) => (
        <input
          id={id}
          type="checkbox"
          checked={value}
          disabled={readOnly}
          aria-describedby={describedBy}
          onFocus={focus.onFocus}
          onBlur={focus.onBlur}
          onChange={(event) => {
            if (!readOnly) props.write(event.target.checked);
          }}
        />
      )}
    </FieldFrame>
  );
});

/** A date (`YYYY-MM-DD` or empty) or a time (`HH:MM` or empty) bound to a plain value. */
export const ValueDate = memo(function ValueDate({
  inputType = 'date',
  ...props
}: ValueFieldProps<string> & { inputType?: 'date' | 'time' }) {
  const { readOnly } = useScope();
  const value = useValue(props.owner, props.field, props.parse);
  const focus = useFocusReport(props.itemId, props.field);
  return (
    <FieldFrame {...props}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type={inputType}
          value={value}
          readOnly={readOnly}
          aria-describedby={describedBy}
          onFocus={focus.onFocus}
          onBlur={focus.onBlur}
          onChange={(event) => {
            if (!readOnly) props.write(event.target.value);
          }}
        />
      )}
    </FieldFrame>
  );
});

/** Parses a raw value with a zod-like schema, falling back when it does not fit. */
export function parserOf<V>(
  schema: { safeParse(raw: unknown): { success: true; data: V } | { success: false } },
  fallback: V,
): (raw: unknown) => V {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
}
