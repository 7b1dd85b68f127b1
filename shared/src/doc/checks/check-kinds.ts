/** Every warning the checks can raise; the i18n tables have a label and help for each. */
export const CHECK_KINDS = [
  'empty-column',
  'not-measurable',
  'empty-header',
  'focus-without-actions',
  'too-many-members',
  'no-migrant-representative',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
