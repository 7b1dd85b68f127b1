import type { NeedsAnalysisInit } from '@mentoring/shared/doc/needs-analysis';
import type { StakeholderKind } from '@mentoring/shared/schema/templates/support-network';

/**
 * The shape of the example programme's texts in one language. Its own module: each language's file
 * imports it, and language-learning-content.ts imports every language's file (no cycle).
 */
export interface ExampleTexts {
  readonly programme: { title: string; theme: string; menteeCity: string; mentorCity: string };
  readonly facilitatorName: string;
  readonly boardTitles: {
    readonly needs: string;
    readonly benchmark: string;
    readonly network: string;
    readonly plan: string;
    readonly visits: string;
  };
  readonly needs: NeedsAnalysisInit;
  readonly network: {
    readonly purpose: string;
    readonly members: readonly {
      name: string;
      organisation: string;
      role: string;
      kind: StakeholderKind;
      migrantRepresentative: boolean;
    }[];
  };
  readonly plan: { readonly version: string; readonly rows: readonly ExampleActionRow[] };
}

/** One action of the first plan; `focusFactor` links it to a focused benchmark key factor by position. */
export interface ExampleActionRow {
  readonly actions: string;
  readonly results: string;
  readonly timeframe: string;
  readonly lead: string;
  readonly resources: string;
  readonly successMeasure: string;
  readonly focusFactor: number;
}
