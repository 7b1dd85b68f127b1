/**
 * The board kinds that are structured templates of the methodology (every board kind except the
 * free canvas, which is tldraw's own document).
 */
export const TEMPLATE_KINDS = [
  'needs-analysis',
  'benchmark',
  'mentor-strengths',
  'good-practice',
  'support-network',
  'action-plan',
  'visit-agenda',
  'monitoring',
  'scope',
  'feedback',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
