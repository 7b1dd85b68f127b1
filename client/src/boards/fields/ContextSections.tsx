import { prefixed } from '@mentoring/shared/doc/layout';
import {
  LOCAL_CONTEXT_KEYS,
  NATIONAL_CONTEXT_KEYS,
  SENSITIVITY_KEYS,
} from '@mentoring/shared/schema/templates/context';
import { fieldTextOf, useScope } from './board-scope';
import { Section, TextSection } from './Sections';
import { BoardText } from './TextFields';

const LOCAL = prefixed('localContext', LOCAL_CONTEXT_KEYS);
const LOCAL_SENSITIVITIES = prefixed('localContext.sensitivities', SENSITIVITY_KEYS);
const NATIONAL = prefixed('nationalContext', NATIONAL_CONTEXT_KEYS);
const NATIONAL_SENSITIVITIES = prefixed('nationalContext.sensitivities', SENSITIVITY_KEYS);

/** Ids and groups of the two context sections, for a board's section navigation. */
export const CONTEXT_SECTIONS = [
  { id: 'section-local', group: 'localContext' },
  { id: 'section-national', group: 'nationalContext' },
] as const;

function ContextSection({
  id,
  group,
  paths,
  sensitivities,
}: {
  id: string;
  group: string;
  paths: readonly string[];
  sensitivities: readonly string[];
}) {
  const scope = useScope();
  const texts = fieldTextOf(scope, group);
  return (
    <Section id={id} title={texts.label} intro={texts.help}>
      <div className="field-stack">
        {paths.map((path) => (
          <BoardText key={path} path={path} />
        ))}
      </div>
      <TextSection
        id={`${id}-sensitivities`}
        group={`${group}.sensitivities`}
        paths={sensitivities}
        level={3}
      />
    </Section>
  );
}

/**
 * The local context and the national/regional context (filled in with the association), shared by
 * the needs analysis (annex 2) and the mentor strengths (annex 3).
 */
export function ContextSections() {
  return (
    <>
      <ContextSection
        id="section-local"
        group="localContext"
        paths={LOCAL}
        sensitivities={LOCAL_SENSITIVITIES}
      />
      <ContextSection
        id="section-national"
        group="nationalContext"
        paths={NATIONAL}
        sensitivities={NATIONAL_SENSITIVITIES}
      />
    </>
  );
}
