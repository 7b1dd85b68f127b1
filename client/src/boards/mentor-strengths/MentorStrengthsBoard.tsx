import { MENTOR_STRENGTHS_KEYS } from '@mentoring/shared/schema/templates/mentor-strengths';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { CONTEXT_SECTIONS, ContextSections } from '../fields/ContextSections';
import { SectionNav, TextSection } from '../fields/Sections';

/**
 * The mentor strengths (annex 3): areas of experience, practices worth transferring and the actors
 * they need, then the same local and national context as the needs analysis, for matching.
 */
export default function MentorStrengthsBoard() {
  const scope = useScope();
  const { t } = scope;
  const sections = [
    { id: 'section-strengths', title: t('mentorStrengths.strengths') },
    ...CONTEXT_SECTIONS.map((section) => ({
      id: section.id,
      title: fieldTextOf(scope, section.group).label,
    })),
  ];
  return (
    <div className="form-board" data-testid="mentor-strengths">
      <SectionNav sections={sections} />
      <TextSection
        id="section-strengths"
        title={t('mentorStrengths.strengths')}
        intro={t('mentorStrengths.strengthsHelp')}
        paths={MENTOR_STRENGTHS_KEYS}
      />
      <ContextSections />
    </div>
  );
}
