import type { Owner } from '@mentoring/shared/doc/fields';
import { type PersonRef, PersonRefSchema } from '@mentoring/shared/schema/templates/common';
import { memo } from 'react';
import { useScope } from './board-scope';
import { useValue } from './use-y';

const parsePerson = (raw: unknown): PersonRef | null => {
  const parsed = PersonRefSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** "Proposed by Ana, Riga City Council": who added the item, as kept in the document. */
export const ProposedBy = memo(function ProposedBy({ item }: { item: Owner }) {
  const { t } = useScope();
  const person = useValue(item, 'proposedBy', parsePerson);
  let text = t('common.proposedByUnknown');
  if (person?.organisation) {
    text = t('common.proposedByOrganisation', { name: person.name, organisation: person.organisation });
  } else if (person) text = t('common.proposedBy', { name: person.name });
  return (
    <p className="proposed-by" data-testid="proposed-by">
      {text}
    </p>
  );
});
