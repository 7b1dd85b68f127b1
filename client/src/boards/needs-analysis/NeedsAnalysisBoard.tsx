import { NEEDS_ANALYSIS_KEYS } from '@mentoring/shared/schema/templates/needs-analysis';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { CONTEXT_SECTIONS, ContextSections } from '../fields/ContextSections';
import { SectionNav, TextSection } from '../fields/Sections';

/**
 * The needs analysis (annex 2): the questions about the challenge, then the local context and the
 * national/regional context (filled in with the association). Every answer is a live text field.
 */
export default function NeedsAnalysisBoard() {
  const scope = useScope();
  const { t } = scope;
  const sections = [
    { id: 'section-challenge', title: t('needsAnalysis.challenge') },
    ...CONTEXT_SECTIONS.map((section) => ({
      id: section.id,
      title: fieldTextOf(scope, section.group).label,
    })),
  ];
  return (
    <div className="form-board" data-testid="needs-analysis">
      <SectionNav sections={sections} />
      <TextSection
        id="section-challenge"
        title={t('needsAnalysis.challenge')}
        intro={t('needsAnalysis.challengeHelp')}
        paths={NEEDS_ANALYSIS_KEYS}
      />
      <ContextSections />
    </div>
  );
}
