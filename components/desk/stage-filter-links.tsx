import { CountedFilterLinks } from '@/components/counted-filter-links';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/domain/stages';

/** "Assigned to me" by stage: the stages still in work together, or one stage, with counts. */
export function StageFilterLinks({
  stage,
  byStage,
  workingTotal,
  hrefFor,
}: {
  stage: Stage | null;
  byStage: Record<Stage, number>;
  workingTotal: number;
  hrefFor: (stage: Stage | null) => string;
}) {
  return (
    <CountedFilterLinks<Stage | null>
      label="Assigned to me by stage"
      chosen={stage}
      hrefFor={hrefFor}
      choices={[
        { value: null, label: 'In work', count: workingTotal },
        ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s], count: byStage[s] })),
      ]}
    />
  );
}
