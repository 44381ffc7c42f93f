import { primaryButton } from '@/components/auth/form-styles';
import { FormMessage } from '@/components/editor/fields';
import type { Suggestion } from '@/lib/intake/types';
import { SuggestionCard } from './suggestion-card';

/**
 * The suggestions as cards to tick and edit, the create step's message and its button: the same
 * on the intake page and on an intake record's page (suggestions not kept yet).
 */
export function SuggestionList({
  form,
  suggestions,
  errors,
  valueOf,
  kept,
  message,
  pending,
}: {
  form: string;
  suggestions: Suggestion[];
  errors: Partial<Record<string, string[]>>;
  valueOf: (field: string, suggested: string) => string;
  kept: ReadonlySet<string>;
  message: string | undefined;
  pending: boolean;
}) {
  return (
    <>
      <ol aria-label="Suggestions" className="space-y-5">
        {suggestions.map((s) => (
          <li key={s.key}>
            <SuggestionCard
              form={form}
              suggestion={s}
              errors={errors}
              valueOf={valueOf}
              kept={kept.has(s.key)}
            />
          </li>
        ))}
      </ol>
      <FormMessage form={form} message={message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Creating…' : 'Create drafts from the kept suggestions'}
      </button>
    </>
  );
}
