import { CoverageList } from './CoverageList';
import type { ResultModel } from './result-model';

/** The same text published elsewhere (wire copy): listed apart, not counted as independent coverage. */
export function RepublishedCopies({ model }: { model: ResultModel }) {
  if (model.republished.length === 0) return null;
  return (
    <section aria-labelledby="republished-heading">
      <h2 id="republished-heading">Same text elsewhere</h2>
      <CoverageList items={model.republished} labelOf={model.labelOf} label="Republished copies" />
    </section>
  );
}
