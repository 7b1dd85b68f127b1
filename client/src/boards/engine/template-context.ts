import type { Owner } from '@mentoring/shared/doc/fields';
import type {
  FieldDeclaration,
  ListDeclaration,
  TemplateDeclaration,
} from '@mentoring/shared/schema/templates/declaration';
import { type ComponentType, createContext, type ReactNode, useContext } from 'react';
import type * as Y from 'yjs';

/**
 * What the generic renderer reads besides the board scope: the template's declaration, and the
 * parts of the board kind's own folder (components the declaration names, a frame around the
 * board, marks on table rows).
 */

export const TemplateContext = createContext<TemplateDeclaration | null>(null);

/** The declaration of the template this board shows. */
export function useTemplate(): TemplateDeclaration {
  const template = useContext(TemplateContext);
  if (!template) throw new Error('useTemplate outside a declared board');
  return template;
}

/** What a field edited by a component of the board's own folder receives. */
export interface CustomFieldProps {
  /** The Y.Doc for a board field, the item's Y.Map for an item's. */
  readonly owner: Owner;
  readonly itemId?: string;
  readonly field: FieldDeclaration;
  /** The field's accessible label ("Links, action 3"). */
  readonly label: string;
  /** The item's label ("Action 3"). */
  readonly itemLabel: string;
}

/** What a table row shows of a check on it: the flagged columns and a line under its number. */
export interface RowMarks {
  readonly flagged: readonly string[];
  readonly note: string | null;
}

/** The parts of a board kind's own folder (`<kind>/parts.tsx`). */
export interface BoardParts {
  /** Components named by `{ part }` blocks and `after`. */
  readonly parts?: Readonly<Record<string, ComponentType>>;
  /** Components named by `custom` fields. */
  readonly fields?: Readonly<Record<string, ComponentType<CustomFieldProps>>>;
  /** Wraps the board (contexts, a presentation mode). */
  readonly Frame?: ComponentType<{ readonly children: ReactNode }>;
  /** A hook: marks on one row of the list at `listPath`; must not change between renders. */
  readonly useRowMarks?: (listPath: string, id: string) => RowMarks | undefined;
}

export const NO_PARTS: BoardParts = {};

export const PartsContext = createContext<BoardParts>(NO_PARTS);

/** The parts of the board kind's own folder. */
export function useParts(): BoardParts {
  return useContext(PartsContext);
}

const noMarks = (): RowMarks | undefined => undefined;

/** The row-marks hook of the board's parts (the same function on every render). */
export function useRowMarksHook(): (listPath: string, id: string) => RowMarks | undefined {
  return useParts().useRowMarks ?? noMarks;
}

/** The list a card body or a row belongs to, and its path from the board (`visits.agenda`). */
export interface ListScope {
  readonly list: ListDeclaration;
  readonly path: string;
}

export const ListContext = createContext<ListScope | null>(null);

export function useListScope(): ListScope {
  const scope = useContext(ListContext);
  if (!scope) throw new Error('useListScope outside a declared list');
  return scope;
}

/** The list item a `{ part }` block inside an item's blocks is shown in (a visit's calendar buttons). */
export interface ItemScope {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  /** The path of the item's list from the board (`visits`, `meetings`). */
  readonly path: string;
  /** The item's label ("Visit 2"). */
  readonly label: string;
}

export const ItemContext = createContext<ItemScope | null>(null);

/** The item a part is shown in, or null for a part outside any item. */
export function useItemScope(): ItemScope | null {
  return useContext(ItemContext);
}
