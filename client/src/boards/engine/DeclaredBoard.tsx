import type { Block, SectionDeclaration, SectionTitle } from '@mentoring/shared/schema/templates/declaration';
import { blockKey, sectionsOf } from '@mentoring/shared/schema/templates/walk';
import { type BoardScope, fieldTextOf, useScope } from '../fields/board-scope';
import { Section, SectionNav } from '../fields/Sections';
import type { BoardsKey } from '../fields/use-boards-t';
import { FieldView } from './FieldView';
import { ListView } from './ListView';
import { useParts, useTemplate } from './template-context';

function titleOf(scope: BoardScope, title: SectionTitle): { title: string; intro?: string } {
  if ('field' in title) {
    const texts = fieldTextOf(scope, title.field);
    return { title: texts.label, intro: title.intro === false ? undefined : texts.help };
  }
  if ('key' in title) {
    return {
      title: scope.t(title.key as BoardsKey),
      intro: title.intro ? scope.t(title.intro as BoardsKey) : undefined,
    };
  }
  const titles: Readonly<Record<string, { label: string }>> = scope.texts.titles;
  return { title: Object.hasOwn(titles, scope.kind) ? (titles[scope.kind]?.label ?? '') : scope.kind };
}

function Part({ name }: { name: string }) {
  const Component = useParts().parts?.[name];
  return Component ? <Component /> : null;
}

/** The blocks of a section (or of a group in it) of the board's own fields and lists. */
function BoardBlocks({
  blocks,
  sectionId,
  level,
}: {
  blocks: readonly Block[];
  sectionId: string;
  level: 2 | 3 | 4;
}) {
  const scope = useScope();
  return blocks.map((block) => {
    if ('part' in block) return <Part key={blockKey(block)} name={block.part} />;
    if ('list' in block) {
      return (
        <ListView key={blockKey(block)} owner={scope.doc} list={block.list} path={block.list.key} level={3} />
      );
    }
    if ('group' in block) {
      const texts = fieldTextOf(scope, block.group);
      const id = `${sectionId}-${block.group.slice(block.group.lastIndexOf('.') + 1)}`;
      return (
        <Section
          key={blockKey(block)}
          id={id}
          title={texts.label}
          intro={texts.help}
          level={Math.min(level + 1, 4) as 3 | 4}
        >
          <BoardBlocks blocks={block.blocks} sectionId={id} level={Math.min(level + 1, 4) as 3 | 4} />
        </Section>
      );
    }
    return (
      <div key={blockKey(block)} className={block.box ?? 'field-stack'}>
        {block.fields.map((field) => (
          <FieldView key={field.key} owner={scope.doc} field={field} path={field.key} />
        ))}
      </div>
    );
  });
}

function SectionView({ section }: { section: SectionDeclaration }) {
  const scope = useScope();
  const { title, intro } = titleOf(scope, section.title);
  return (
    <Section id={section.id} title={title} intro={intro} className={section.wide ? 'wide' : undefined}>
      <BoardBlocks blocks={section.blocks} sectionId={section.id} level={2} />
    </Section>
  );
}

/**
 * Any declared template as a form: its sections in order (with links to them where declared), the
 * parts of the board's own folder between and after them.
 */
export function DeclaredBoard() {
  const scope = useScope();
  const template = useTemplate();
  const nav = template.nav
    ? [
        ...sectionsOf(template).map((section) => ({
          id: section.id,
          title: titleOf(scope, section.title).title,
        })),
        ...(template.nav.extra ?? []).map((entry) => ({
          id: entry.id,
          title: scope.t(entry.key as BoardsKey),
        })),
      ]
    : null;
  return (
    <div className={template.wide ? 'form-board wide' : 'form-board'} data-testid={template.kind}>
      {nav ? <SectionNav sections={nav} /> : null}
      {template.body.map((entry) =>
        'part' in entry ? (
          <Part key={entry.part} name={entry.part} />
        ) : (
          <SectionView key={entry.id} section={entry} />
        ),
      )}
      {(template.after ?? []).map((name) => (
        <Part key={name} name={name} />
      ))}
    </div>
  );
}
