import { GOOD_PRACTICE_SECTIONS } from '@mentoring/shared/schema/templates/good-practice';
import { memo } from 'react';
import type * as Y from 'yjs';
import { fieldTextOf, useScope } from '../fields/board-scope';
import type { CardBodyProps } from '../fields/CardList';
import { Heading } from '../fields/Heading';
import { ItemText } from '../fields/TextFields';

type SectionKey = keyof typeof GOOD_PRACTICE_SECTIONS;

/** The questions of annex 4, in its order: single fields and titled groups (every field, tested). */
export const PRACTICE_LAYOUT: readonly ({ field: string; line?: boolean } | { section: SectionKey })[] = [
  { field: 'name', line: true },
  { field: 'origin', line: true },
  { field: 'leadActors' },
  { section: 'context' },
  { section: 'description' },
  { field: 'resources' },
  { section: 'results' },
  { section: 'successFactors' },
  { section: 'risks' },
  { section: 'transferability' },
  { field: 'contact' },
  { field: 'moreInformation' },
];

function PracticeSection({
  id,
  item,
  section,
  level,
}: {
  id: string;
  item: Y.Map<unknown>;
  section: SectionKey;
  level: 4 | 5;
}) {
  const scope = useScope();
  const texts = fieldTextOf(scope, `practices.${section}`);
  const headingId = `${id}-${section}`;
  return (
    <section className="sub-section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {texts.label}
      </Heading>
      {texts.help ? <p className="section-intro">{texts.help}</p> : null}
      {GOOD_PRACTICE_SECTIONS[section].map((key) => (
        <ItemText
          key={key}
          item={item}
          itemId={id}
          field={`${section}.${key}`}
          labelPath={`practices.${section}.${key}`}
        />
      ))}
    </section>
  );
}

/** Every section of one good practice (annex 4). */
export const PracticeBody = memo(function PracticeBody({ id, item, level }: CardBodyProps) {
  return (
    <div className="field-stack">
      {PRACTICE_LAYOUT.map((entry) =>
        'section' in entry ? (
          <PracticeSection key={entry.section} id={id} item={item} section={entry.section} level={level} />
        ) : (
          <ItemText
            key={entry.field}
            item={item}
            itemId={id}
            field={entry.field}
            labelPath={`practices.${entry.field}`}
            multiline={!entry.line}
          />
        ),
      )}
    </div>
  );
});
