import { goodPractices } from '@mentoring/shared/doc/good-practice';
import type { GoodPractice } from '@mentoring/shared/schema/templates/good-practice';
import { useCallback } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { CardList } from '../fields/CardList';
import { Section } from '../fields/Sections';
import { PracticeBody } from './PracticeBody';

const describe = (practice: GoodPractice) => practice.name;

/** Good practices (annex 4): several per board, each with every section of the annex. */
export default function GoodPracticeBoard() {
  const scope = useScope();
  const { t, doc } = scope;
  const texts = fieldTextOf(scope, 'practices');
  const itemLabel = useCallback((position: number) => t('goodPractice.item', { position }), [t]);
  return (
    <div className="form-board" data-testid="good-practice">
      <Section id="section-practices" title={texts.label} intro={texts.help}>
        <CardList
          owner={doc}
          handle={goodPractices}
          level={3}
          addLabel={t('goodPractice.add')}
          itemLabel={itemLabel}
          titleField="name"
          describe={describe}
          Body={PracticeBody}
          testId="practices"
        />
      </Section>
    </div>
  );
}
