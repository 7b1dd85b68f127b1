import {
  ACTION_PLAN_COLUMNS,
  type ActionPlan,
  type ActionPlanColumn,
} from '../../schema/templates/action-plan.js';
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

const HEADER: readonly ActionPlanHeaderField[] = ['title', 'menteeCity', 'mentorCity', 'date', 'version'];

/**
 * Checks the plan: rows with an empty column (blank text counts as empty), and rows whose success
 * criterion is written but not measurable (see measurable.ts). Pure: works on the JSON form.
 */
export function actionPlanCompleteness(plan: ActionPlan): ActionPlanCompleteness {
  const issues: ActionRowIssue[] = [];
  plan.rows.forEach((row, index) => {
    const position = index + 1;
    for (const column of ACTION_PLAN_COLUMNS) {
      if (row[column].trim() === '') issues.push({ kind: 'empty-column', rowId: row.id, position, column });
    }
    if (row.successMeasure.trim() !== '' && !isMeasurable(row.successMeasure)) {
      issues.push({ kind: 'not-measurable', rowId: row.id, position });
    }
  });
  const emptyHeader = HEADER.filter((field) => plan[field].trim() === '');
  const incompleteRowIds = [...new Set(issues.map((issue) => issue.rowId))];
  return {
    complete: plan.rows.length > 0 && issues.length === 0 && emptyHeader.length === 0,
    emptyHeader,
    issues,
    incompleteRowIds,
  };
}
