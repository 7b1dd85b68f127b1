import { contextFactors, keyFactors } from '@mentoring/shared/doc/benchmark';
import { loadLanguageLearningBenchmark } from '@mentoring/shared/doc/examples/benchmark-language-learning';
import { useScope } from '../fields/board-scope';
import { useListIds } from '../fields/use-y';

/** For the facilitator, on an empty benchmark: loads the example benchmark on language learning. */
export function LoadExample() {
  const { t, doc, me, user, readOnly, language, announce } = useScope();
  const factors = useListIds(doc, keyFactors);
  const context = useListIds(doc, contextFactors);
  if (readOnly || user.role !== 'facilitator' || factors.length > 0 || context.length > 0) return null;
  return (
    <div className="load-example no-print">
      <button
        type="button"
        className="button"
        aria-describedby="load-example-help"
        onClick={() => {
          loadLanguageLearningBenchmark(doc, language, me);
          announce(t('benchmark.loaded'));
        }}
      >
        {t('benchmark.loadExample')}
      </button>
      <p id="load-example-help" className="hint">
        {t('benchmark.loadExampleHelp')}
      </p>
    </div>
  );
}
