import { scalarOf } from '@mentoring/shared/doc/declared';
import { type Owner, setValue } from '@mentoring/shared/doc/fields';
import type { FieldDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { memo, useCallback, useMemo } from 'react';
import * as Y from 'yjs';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { BoardText, ItemText } from '../fields/TextFields';
import { useValue } from '../fields/use-y';
import { parserOf, ValueCheckbox, ValueDate, ValueSelect } from '../fields/ValueFields';
import { SafeLink } from './SafeLink';
import { useParts, useTemplate } from './template-context';

export interface FieldViewProps {
  /** The Y.Doc for a board field, the item's Y.Map for an item's. */
  readonly owner: Owner;
  readonly itemId?: string;
  readonly field: FieldDeclaration;
  /** The field's path in the template texts (`rows.lead`). */
  readonly path: string;
  /** A table cell: its label names the row, no help shown. */
  readonly cellLabel?: string;
  readonly itemLabel?: string;
  readonly flagged?: boolean;
}

/** A plain value (date, time, option, flag) of a board or item, read and written through its layout. */
function ValueField({ owner, itemId, field, path, cellLabel }: FieldViewProps) {
  const scope = useScope();
  const template = useTemplate();
  const scalar = useMemo(() => scalarOf(template, path), [template, path]);
  const parse = useMemo(() => parserOf(scalar.schema, scalar.fallback), [scalar]);
  const write = useCallback(
    (value: unknown) => setValue(owner, field.key, scalar.schema.parse(value)),
    [owner, field.key, scalar],
  );
  const texts = fieldTextOf(scope, path);
  const common = {
    owner,
    itemId,
    field: field.key,
    label: cellLabel ?? texts.label,
    help: cellLabel ? undefined : texts.help,
    compact: cellLabel !== undefined,
    write,
  };
  if (field.widget === 'checkbox')
    return <ValueCheckbox {...common} parse={parse as (raw: unknown) => boolean} />;
  if (field.widget === 'date' || field.widget === 'time') {
    return <ValueDate {...common} inputType={field.widget} parse={parse as (raw: unknown) => string} />;
  }
  return <SelectField {...common} field={field} scalar={scalar} parse={parse as (raw: unknown) => string} />;
}

function SelectField({
  field,
  scalar,
  ...props
}: {
  owner: Owner;
  itemId?: string;
  label: string;
  help?: string;
  compact: boolean;
  field: FieldDeclaration;
  scalar: ReturnType<typeof scalarOf>;
  parse: (raw: unknown) => string;
  write: (value: string) => void;
}) {
  const { texts } = useScope();
  const values: readonly string[] = 'options' in scalar.schema ? (scalar.schema.options as string[]) : [];
  const table: Readonly<Record<string, { label: string; help: string }>> = field.options
    ? texts.options[field.options]
    : {};
  const options = useMemo(
    () => values.map((value) => ({ value, label: table[value]?.label ?? value })),
    [values, table],
  );
  const value = useValue(props.owner, field.key, props.parse);
  const help = field.optionHelp && !props.compact ? table[value]?.help : props.help;
  return <ValueSelect {...props} field={field.key} help={help} options={options} />;
}

/**
 * One declared field, edited with its widget: free text bound to its Y.Text, plain values, or a
 * component of the board's own folder. Comments, provenance of edits and the "editing now" outline
 * come with every widget (see FieldFrame).
 */
export const FieldView = memo(function FieldView(props: FieldViewProps) {
  const { owner, itemId, field, path, cellLabel, flagged } = props;
  const Custom = useParts().fields?.[field.custom ?? ''];
  if (field.hidden) return null;
  if (field.widget === 'custom' || field.widget === 'set') {
    return Custom ? (
      <Custom
        owner={owner}
        itemId={itemId}
        field={field}
        label={cellLabel ?? path}
        itemLabel={props.itemLabel ?? ''}
      />
    ) : null;
  }
  if (field.widget !== 'text' && field.widget !== 'line' && field.widget !== 'url')
    return <ValueField {...props} />;
  const multiline = field.widget === 'text';
  if (owner instanceof Y.Doc) return <BoardText path={path} multiline={multiline} rows={field.rows} />;
  return (
    <>
      <ItemText
        item={owner}
        itemId={itemId ?? ''}
        field={field.key}
        labelPath={path}
        label={cellLabel}
        compact={cellLabel !== undefined}
        multiline={multiline}
        rows={field.rows}
        flagged={flagged}
        type={field.widget === 'url' ? 'url' : undefined}
      />
      {field.widget === 'url' && cellLabel === undefined ? (
        <SafeLink item={owner} field={field.key} label={props.itemLabel ?? ''} />
      ) : null}
    </>
  );
});
