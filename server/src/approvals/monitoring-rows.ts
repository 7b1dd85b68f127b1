import { monitoredActions, readMonitoring } from '@mentoring/shared/doc/monitoring';
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
 * Adds to a monitoring board one card per action not followed yet (by `actionId`; a removed card
 * counts as not followed, so an action whose card was deleted by mistake comes back). Runs inside
 * `rooms.change`: the change is stored and reaches every client like an edit. Returns how many
 * cards it added.
 */
export function addMonitoringRows(doc: Y.Doc, actions: readonly PlanAction[], by: PersonRef | null): number {
  templateDocs.monitoring.create(doc);
  const followed = new Set(readMonitoring(doc).actions.map((row) => row.actionId));
  let added = 0;
  for (const action of actions) {
    if (followed.has(action.actionId)) continue;
    monitoredActions.insert(doc, {
      by,
      values: { actionId: action.actionId, title: action.title, status: 'not-started' },
    });
    followed.add(action.actionId);
    added += 1;
  }
  return added;
}
