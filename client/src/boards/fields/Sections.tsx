import type { ReactNode } from 'react';
import { fieldTextOf, useScope } from './board-scope';
import { Heading } from './Heading';
import { BoardText } from './TextFields';

/** A titled section of a board, labelled by its heading, with an optional intro line. */
export function Section({
  id,
  title,
  intro,
  level = 2,
  children,
  className,
}: {
  id: string;
  title: string;
  intro?: string;
  level?: 2 | 3 | 4;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      className={className ? `board-section ${className}` : 'board-section'}
      aria-labelledby={`${id}-title`}
      id={id}
    >
      <Heading level={level} id={`${id}-title`}>
        {title}
      </Heading>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}

/** A section of a board's own text fields, titled from a group of the template texts or given a title. */
export function TextSection({
  id,
  group,
  title,
  intro,
  paths,
  level = 2,
}: {
  id: string;
  /** The group's path in the template texts (`localContext`), for its title and intro. */
  group?: string;
  title?: string;
  intro?: string;
  paths: readonly string[];
  level?: 2 | 3 | 4;
}) {
  const scope = useScope();
  const texts = group ? fieldTextOf(scope, group) : null;
  return (
    <Section id={id} title={title ?? texts?.label ?? ''} intro={intro ?? texts?.help} level={level}>
      <div className="field-stack">
        {paths.map((path) => (
          <BoardText key={path} path={path} />
        ))}
      </div>
    </Section>
  );
}

/** Links to the sections of a long board, for keyboard and screen-reader users. */
export function SectionNav({ sections }: { sections: readonly { id: string; title: string }[] }) {
  const { t } = useScope();
  return (
    <nav className="section-nav" aria-label={t('common.sections')}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
