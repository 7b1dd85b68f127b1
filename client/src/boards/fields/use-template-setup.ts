import { createActionPlan } from '@mentoring/shared/doc/action-plan';
import { boardKindOf } from '@mentoring/shared/doc/board';
import { templateDocs } from '@mentoring/shared/doc/registry';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { ProgrammeScope } from './board-scope';
import { type CommentsStore, createCommentsStore } from './comments-store';
import { createPresenceStore, type PresenceStore, setFocus } from './presence-store';

/**
 * Marks a new board's document as its template once it has synced (race-safe, see shared/doc
 * once.ts). An action plan starts with the programme's title and cities, so it waits for them. A
 * read-only member never writes: an empty board shows empty.
 */
export function useTemplateSetup(
  kind: TemplateKind,
  doc: Y.Doc,
  readOnly: boolean,
  programme: ProgrammeScope | null,
  programmeSettled: boolean,
): boolean {
  const [created, setCreated] = useState(() => boardKindOf(doc) !== undefined);
  useEffect(() => {
    if (boardKindOf(doc) !== undefined) {
      setCreated(true);
      return;
    }
    if (readOnly) return;
    if (kind === 'action-plan') {
      if (!programmeSettled) return;
      const init = programme?.programme;
      createActionPlan(
        doc,
        init ? { title: init.title, menteeCity: init.menteeCity, mentorCity: init.mentorCity } : undefined,
      );
    } else {
      templateDocs[kind].create(doc);
    }
    setCreated(true);
  }, [kind, doc, readOnly, programme, programmeSettled]);
  return created || readOnly;
}

/** The board's comments and presence stores, for as long as the board is open. */
export function useBoardStores(
  doc: Y.Doc,
  awareness: Awareness,
): { comments: CommentsStore; presence: PresenceStore } | null {
  const [stores, setStores] = useState<{ comments: CommentsStore; presence: PresenceStore } | null>(null);
  useEffect(() => {
    const comments = createCommentsStore(doc);
    const presence = createPresenceStore(awareness);
    setStores({ comments, presence });
    return () => {
      comments.destroy();
      presence.destroy();
      setFocus(awareness, null);
      setStores(null);
    };
  }, [doc, awareness]);
  return stores;
}
