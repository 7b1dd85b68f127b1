import { monitoredActions, readMonitoring } from '@mentoring/shared/doc/monitoring';
import { base64url, seededRandom } from '@mentoring/shared/doc/random';
import { readTemplate, templateDocs } from '@mentoring/shared/doc/registry';
import type { PersonRef } from '@mentoring/shared/schema/templates/common';
import * as Y from 'yjs';

/** An action of an approved plan as the monitoring follows it. */
export interface PlanAction {
  readonly actionId: string;
  readonly title: string;
}

/** The longest card title copied from an action's text. */
const TITLE_MAX = 200;

/** The actions of an action plan's encoded state (a version), in the plan's order, blank rows left out. */
export function actionsOfPlanState(state: Uint8Array): PlanAction[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readTemplate('action-plan', doc)
      .rows.map((row) => ({ actionId: row.id, title: firstLine(row.actions) }))
      .filter((action) => action.title !== '');
  } finally {
    doc.destroy();
  }
}

function firstLine(text: string): string {
  return (text.trim().split('\n')[0] ?? '').trim().slice(0, TITLE_MAX);
}

/**
 * The id of the monitoring card that follows `actionId`, the same on every node. Two approvals
 * recorded at once (on two nodes, or before one's change reached the other) both add a card for
 * the action; with equal ids the list keeps one of them (items.ts: the first of a duplicate id in
 * array order, which every replica agrees on), where random ids would show the action twice.
 */
export function monitoringCardId(actionId: string): string {
  return base64url(seededRandom(`monitoring-card\u0000${actionId}`)(16));
}

/**
 * Adds to a monitoring board one card per action not followed yet (by `actionId`). A card that
 * was deleted by mistake comes back: the same card with its notes when it has the derived id, a
 * new one otherwise (cards made before the ids were derived). Runs inside `rooms.change`: the
 * change is stored and reaches every client like an edit. Returns how many cards it added or
 * brought back.
 */
export function addMonitoringRows(doc: Y.Doc, actions: readonly PlanAction[], by: PersonRef | null): number {
  templateDocs.monitoring.create(doc);
  const followed = new Set(readMonitoring(doc).actions.map((row) => row.actionId));
  let added = 0;
  for (const action of actions) {
    if (followed.has(action.actionId)) continue;
    const id = monitoringCardId(action.actionId);
    if (monitoredActions.item(doc, id)) {
      monitoredActions.restore(doc, id);
    } else {
      // The order key from the same seed too: racing inserts then also sort alike.
      const random = seededRandom(`monitoring-order\u0000${action.actionId}`);
      monitoredActions.insert(doc, {
        id,
        by,
        random,
        values: { actionId: action.actionId, title: action.title, status: 'not-started' },
      });
    }
    followed.add(action.actionId);
    added += 1;
  }
  return added;
}
