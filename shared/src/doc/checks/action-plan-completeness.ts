import {
  ACTION_PLAN_TEMPLATE,
  type ActionPlan,
  type ActionPlanColumn,
} from '../../schema/templates/action-plan.js';
import { completeness } from './completeness.js';
import { isMeasurable } from './measurable.js';

/** A problem with one row of the plan; `position` counts from 1, as the table shows rows. */
export type ActionRowIssue =
  | {
      readonly kind: 'empty-column';
      readonly rowId: string;
      readonly position: number;
      readonly column: ActionPlanColumn;
    }
  | { readonly kind: 'not-measurable'; readonly rowId: string; readonly position: number };

/** Header fields of the plan. */
export type ActionPlanHeaderField = 'title' | 'menteeCity' | 'mentorCity' | 'date' | 'version';

/** What is missing before the plan can be presented. */
export interface ActionPlanCompleteness {
  /** At least one row, a full header, and no issue. */
  readonly complete: boolean;
  readonly emptyHeader: readonly ActionPlanHeaderField[];
  readonly issues: readonly ActionRowIssue[];
  /** Ids of rows with at least one issue. */
  readonly incompleteRowIds: readonly string[];
}

/**
 * Checks the plan: the fields its declaration requires (the header; every column of a row, blank
 * text counting as empty, see completeness.ts), and rows whose success criterion is written but not
 * measurable (see measurable.ts). Pure: works on the JSON form.
 */
export function actionPlanCompleteness(plan: ActionPlan): ActionPlanCompleteness {
  const missing = completeness(ACTION_PLAN_TEMPLATE, plan);
  const issues: ActionRowIssue[] = [];
  plan.rows.forEach((row, index) => {
    const position = index + 1;
    for (const cell of missing.emptyCells) {
      if (cell.rowId !== row.id) continue;
      issues.push({ kind: 'empty-column', rowId: row.id, position, column: cell.field as ActionPlanColumn });
    }
    if (row.successMeasure.trim() !== '' && !isMeasurable(row.successMeasure)) {
      issues.push({ kind: 'not-measurable', rowId: row.id, position });
    }
  });
  const emptyHeader = missing.emptyFields as ActionPlanHeaderField[];
  const incompleteRowIds = [...new Set(issues.map((issue) => issue.rowId))];
  return {
    complete: plan.rows.length > 0 && issues.length === 0 && emptyHeader.length === 0,
    emptyHeader,
    issues,
    incompleteRowIds,
  };
}
