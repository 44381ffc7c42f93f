import Link from 'next/link';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/domain/stages';

const item = 'inline-flex min-h-10 items-center rounded-full border px-3 text-sm font-semibold';
const link = `${item} border-stone-300 bg-white text-blue-700 hover:bg-stone-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800`;
const current = `${item} border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-zinc-950`;

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
  const choices: { value: Stage | null; label: string; count: number }[] = [
    { value: null, label: 'In work', count: workingTotal },
    ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s], count: byStage[s] })),
  ];
  return (
    <nav aria-label="Assigned to me by stage" className="mt-3 font-sans">
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const text = `${choice.label} (${choice.count.toLocaleString('en-GB')})`;
          return (
            <li key={choice.value ?? 'working'}>
              {choice.value === stage ? (
                <span aria-current="page" className={current}>
                  {text}
                </span>
              ) : (
                <Link href={hrefFor(choice.value)} className={link}>
                  {text}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
