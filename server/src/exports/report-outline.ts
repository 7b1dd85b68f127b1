import type { Language, Programme } from '@mentoring/shared/schema/programme';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import type { Approval, VersionMeta } from '@mentoring/shared/schema/version';
import { z } from 'zod';
import { buildOutline, type Outline, type OutlineBlock } from './outline.js';
import { formatValue, labelOf, type References, templateTitle } from './outline-values.js';
import { EXPORT_STRINGS } from './strings.js';

/**
 * The programme report (issue 14): one outline of the whole journey, rendered to DOCX and PDF by the
 * same renderers as a board. Each section is a board read through its declaration, so a board kind
 * that this build does not know (yet) is simply left out, and one that it knows is included when
 * the programme has such a board.
 */

/** The sections of the report, in the order of the journey. */
export const REPORT_KINDS = [
  'scope',
  'needs-analysis',
  'benchmark',
  'visit-agenda',
  'action-plan',
  'monitoring',
  'feedback',
] as const;

/** Whether this build declares a board kind (journey kinds arrive from other branches). */
export const isReportKind = (kind: string): boolean =>
  (REPORT_KINDS as readonly string[]).includes(kind) && Object.hasOwn(TEMPLATES, kind);

export interface ReportBoard {
  readonly board: { readonly id: string; readonly title: string; readonly kind: string };
  readonly content: Readonly<Record<string, unknown>>;
  /** For an action plan: the version carrying the approval, and its content. */
  readonly approved?: {
    readonly meta: VersionMeta & { approval: Approval };
    readonly content: Record<string, unknown>;
  };
}

export interface ReportSource {
  readonly programme: Programme;
  /** The reader's language (`lang`), by default the programme's. */
  readonly language: Language;
  readonly boards: readonly ReportBoard[];
  readonly references: References;
  /** `YYYY-MM-DD`. */
  readonly madeOn: string;
}

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);

const MonitoringSchema = z
  .object({
    actions: z.array(
      z
        .object({
          actionId: z.string(),
          status: z.string(),
          valueReached: z.string(),
          nextReview: z.string(),
        })
        .loose(),
    ),
  })
  .loose();
const RowsSchema = z
  .object({ rows: z.array(z.object({ id: z.string(), actions: z.string() }).loose()) })
  .loose();

/** A board's outline blocks inside the report: one level deeper, without the programme facts and comments. */
function boardBlocks(source: ReportSource, entry: ReportBoard, content: Readonly<Record<string, unknown>>) {
  const { programme, language } = source;
  const strings = EXPORT_STRINGS[language];
  const outline = buildOutline({
    programme: { ...programme, language },
    board: entry.board,
    content,
    references: source.references,
  });
  const shown = new Set([strings.programme, strings.menteeCity, strings.mentorCity]);
  const blocks: OutlineBlock[] = [];
  for (const block of outline.blocks) {
    // The comments come last, under their own section heading: working notes, not the report's.
    if (block.type === 'heading' && block.level === 2 && block.text === strings.comments) break;
    if (block.type === 'facts') {
      const facts = block.facts.filter((fact) => !shown.has(fact.label));
      if (facts.length > 0) blocks.push({ type: 'facts', facts });
    } else if (block.type === 'heading') blocks.push({ ...block, level: block.level + 1 });
    else blocks.push(block);
  }
  return blocks;
}

function approvalBlocks(source: ReportSource, entry: ReportBoard): OutlineBlock[] {
  const words = EXPORT_STRINGS[source.language].report;
  if (!entry.approved) return [{ type: 'text', text: words.notApproved }];
  const { meta } = entry.approved;
  return [
    { type: 'text', text: fill(words.approved, { name: meta.name }) },
    {
      type: 'facts',
      facts: [
        { label: words.approvalBody, value: meta.approval.body },
        { label: words.approvalDate, value: meta.approval.date },
        {
          label: words.approvalReference,
          value: meta.approval.reference || EXPORT_STRINGS[source.language].empty,
        },
        { label: words.approvedBy, value: meta.approval.approvedBy || EXPORT_STRINGS[source.language].empty },
      ],
    },
  ];
}

/** The monitoring board's actions joined to the plan's rows: action, status, value reached, next review. */
function monitoringTable(source: ReportSource, entry: ReportBoard): OutlineBlock[] {
  const monitoring = MonitoringSchema.safeParse(entry.content);
  if (!monitoring.success || monitoring.data.actions.length === 0) return [];
  const titles = new Map<string, string>();
  for (const plan of source.boards.filter((other) => other.board.kind === 'action-plan')) {
    const rows = RowsSchema.safeParse(plan.approved?.content ?? plan.content);
    for (const row of rows.success ? rows.data.rows : []) {
      titles.set(row.id, row.actions.trim().split('\n')[0] ?? '');
    }
  }
  const words = EXPORT_STRINGS[source.language].report;
  const context = { kind: 'monitoring', language: source.language, references: source.references };
  const keys = ['status', 'valueReached', 'nextReview'] as const;
  return [
    { type: 'heading', level: 3, text: words.monitoring },
    {
      type: 'table',
      columns: [words.action, ...keys.map((key) => labelOf(context, `actions.${key}`))],
      rows: monitoring.data.actions.map((action) => [
        titles.get(action.actionId) || words.unknownAction,
        ...keys.map((key) => formatValue(context, `actions.${key}`, action[key])),
      ]),
    },
  ];
}

/** The report's outline: a section per board of the journey's kinds, in the journey's order. */
export function buildReport(source: ReportSource): Outline {
  const { programme, language } = source;
  const strings = EXPORT_STRINGS[language];
  const blocks: OutlineBlock[] = [
    {
      type: 'text',
      text: fill(strings.report.subtitle, { mentee: programme.menteeCity, mentor: programme.mentorCity }),
    },
    {
      type: 'facts',
      facts: [
        { label: strings.menteeCity, value: programme.menteeCity },
        { label: strings.mentorCity, value: programme.mentorCity },
      ],
    },
    { type: 'text', text: fill(strings.report.madeOn, { date: source.madeOn }) },
  ];
  for (const kind of REPORT_KINDS) {
    if (!isReportKind(kind)) continue;
    for (const entry of source.boards.filter((candidate) => candidate.board.kind === kind)) {
      const kindTitle = templateTitle(language, kind);
      const title = entry.board.title === kindTitle ? kindTitle : `${kindTitle}: ${entry.board.title}`;
      blocks.push({ type: 'heading', level: 2, text: title });
      if (kind === 'action-plan') blocks.push(...approvalBlocks(source, entry));
      if (kind === 'monitoring') blocks.push(...monitoringTable(source, entry));
      blocks.push(...boardBlocks(source, entry, entry.approved?.content ?? entry.content));
    }
  }
  return {
    title: programme.title,
    subtitle: strings.report.title,
    language,
    landscape: false,
    blocks,
  };
}
