import type { CheckKind } from '../doc/checks/check-kinds.js';
import type { Assessment } from '../schema/templates/benchmark.js';
import type { FeedbackStatus, GovernmentLevel } from '../schema/templates/feedback.js';
import type { TemplateKind } from '../schema/templates/kinds.js';
import type { MonitoringStatus } from '../schema/templates/monitoring.js';
import type { StakeholderKind } from '../schema/templates/support-network.js';
import type { AgendaItemKind, VisitKind, VisitMode } from '../schema/templates/visit-agenda.js';

/** What a form shows for a field or an option: a short label and a help text (may be empty for options). */
export interface FieldText {
  readonly label: string;
  readonly help: string;
}

type Texts<K extends string> = { readonly [P in K]: FieldText };

/** The shape of a language's template texts. */
export interface TemplateTexts {
  /** Name and purpose of each board kind. */
  readonly titles: Texts<TemplateKind>;
  /** Per template, per field path as `templateFields` lists them (`rows.actions`, `localContext.population`). */
  readonly fields: { readonly [K in TemplateKind]: Readonly<Record<string, FieldText>> };
  readonly options: {
    readonly assessment: Texts<Assessment>;
    readonly stakeholderKind: Texts<StakeholderKind>;
    readonly visitKind: Texts<VisitKind>;
    readonly agendaItemKind: Texts<AgendaItemKind>;
    readonly monitoringStatus: Texts<MonitoringStatus>;
    readonly visitMode: Texts<VisitMode>;
    readonly governmentLevel: Texts<GovernmentLevel>;
    readonly feedbackStatus: Texts<FeedbackStatus>;
  };
  /** Warnings of the completeness, coverage and support-network checks, by their `kind`. */
  readonly checks: Texts<CheckKind>;
}
