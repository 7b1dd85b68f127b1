import type { FieldText, TemplateTexts } from '@mentoring/shared/i18n/field-text';
import type { TemplateLanguage } from '@mentoring/shared/i18n/templates';
import type { Board } from '@mentoring/shared/schema/board';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { CommentTarget } from '@mentoring/shared/schema/templates/comments';
import type { PersonRef } from '@mentoring/shared/schema/templates/common';
import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { PeerInfo } from '../../sync/board-connection';
import type { CommentsStore } from './comments-store';
import type { PresenceStore } from './presence-store';
import type { BoardsT } from './use-boards-t';

/** What a comment button asks the comments panel to show. */
export interface CommentRequest {
  readonly target: CommentTarget;
  /** What the comments are about, as the field's label ("1. Actions, action 3"). */
  readonly label: string;
  /** Where focus returns when the panel closes. */
  readonly returnFocus: HTMLElement | null;
}

/**
 * Everything a field of a structured board needs, given once by `engine/TemplateBoard`: the document and
 * awareness, whether writes are allowed, who is writing (kept as proposer and comment author), the
 * language and its texts, and the shared stores. Changes only with the language or the lock.
 */
export interface BoardScope {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The template's kind (a built-in one, or a declaration's own, e.g. a test fixture's). */
  readonly kind: string;
  readonly readOnly: boolean;
  /**
   * Whether comments are closed too; absent: as `readOnly`. A role a kind's `editableBy` leaves out
   * reads the board but may still comment (the mentor and the local support network on the monitoring).
   */
  readonly commentsReadOnly?: boolean;
  /** This member as recorded in the document (name and organisation). */
  readonly me: PersonRef;
  readonly user: PeerInfo;
  readonly t: BoardsT;
  readonly language: TemplateLanguage;
  readonly texts: TemplateTexts;
  readonly comments: CommentsStore;
  readonly presence: PresenceStore;
  readonly openComments: (request: CommentRequest) => void;
  /** Says something to screen readers through the board's polite live region. */
  readonly announce: (message: string) => void;
}

export const BoardScopeContext = createContext<BoardScope | null>(null);

/** The scope of the board this component is on. */
export function useScope(): BoardScope {
  const scope = useContext(BoardScopeContext);
  if (!scope) throw new Error('useScope outside a TemplateBoard');
  return scope;
}

/** Label and help of a field of a template (the board's own kind unless given). */
export function fieldTextOf(scope: BoardScope, path: string, kind: string = scope.kind): FieldText {
  const all: Readonly<Record<string, Readonly<Record<string, FieldText>>>> = scope.texts.fields;
  const texts = Object.hasOwn(all, kind) ? all[kind] : undefined;
  // As the exports do: a field without texts (a template declared elsewhere) is labelled by its key.
  const fallback = { label: path.slice(path.lastIndexOf('.') + 1), help: '' };
  return texts && Object.hasOwn(texts, path) ? (texts[path] ?? fallback) : fallback;
}

/** The programme around the board: its boards (for links between boards), the member, the token. */
export interface ProgrammeScope {
  readonly programme: Programme;
  readonly boards: readonly Board[];
  readonly member: Member;
  readonly token: string;
}

export const ProgrammeScopeContext = createContext<ProgrammeScope | null>(null);

/** The programme, or null while it loads (or when it could not be read). */
export function useProgrammeScope(): ProgrammeScope | null {
  return useContext(ProgrammeScopeContext);
}
