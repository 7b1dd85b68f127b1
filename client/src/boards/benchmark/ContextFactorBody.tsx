import { memo } from 'react';
import type { CardBodyProps } from '../fields/CardList';
import { ItemText } from '../fields/TextFields';

/** A context factor: a condition outside the city's control, and what it means here. */
export const ContextFactorBody = memo(function ContextFactorBody({ id, item }: CardBodyProps) {
  return (
    <div className="field-stack">
      <ItemText item={item} itemId={id} field="title" labelPath="contextFactors.title" multiline={false} />
      <ItemText item={item} itemId={id} field="description" labelPath="contextFactors.description" />
      <ItemText item={item} itemId={id} field="implications" labelPath="contextFactors.implications" />
    </div>
  );
});
