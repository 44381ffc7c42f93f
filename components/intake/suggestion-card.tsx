'use client';

import Link from 'next/link';
import { useState } from 'react';
import { SelectField, TextArea, TextField } from '@/components/editor/fields';
import { QUANTITY_QUALIFIERS, STATEMENT_MAX } from '@/lib/domain/claims';
import { CLAIMANT_KINDS, STANCES } from '@/lib/domain/evidence';
import type { Suggestion } from '@/lib/intake/types';
import { quantityText } from './quantity-text';
import { ReasonList } from './reason-list';

const STANCE_OPTIONS = STANCES.map((s) => ({ value: s.code, label: s.label }));
const KIND_OPTIONS = CLAIMANT_KINDS.map((k) => ({ value: k, label: k }));
const QUALIFIER_OPTIONS = QUANTITY_QUALIFIERS.map((q) => ({ value: q.code, label: q.label }));

interface SuggestionCardProps {
  form: string;
  suggestion: Suggestion;
  errors: Partial<Record<string, string[]>>;
  /** The value to show for a field: what was typed before a refused create, or the suggestion's. */
  valueOf: (field: string, suggested: string) => string;
  kept: boolean;
}

/**
 * One suggested claim, compact: its statement, claimant and a verdict-free summary (figure, time
 * frame, score) in two lines, with Keep; the sentence, the reasons and every field sit in a
 * native <details> (keyboard and screen readers know it), open by itself when a field was
 * refused. Collapsed fields are still in the form and still submitted.
 */
export function SuggestionCard({
  form,
  suggestion: s,
  errors,
  valueOf,
  kept,
}: SuggestionCardProps) {
  const name = (field: string) => `${s.key}.${field}`;
  const common = { form, errors };
  const text = (field: keyof Suggestion['claim']) => valueOf(name(field), s.claim[field]);
  const best = s.similar[0];
  // A similar claim with another figure is a newer (or other) statement, not a duplicate: the
  // card proposes a new draft linked to it (lib/relations/relation-proposal.ts).
  const proposed = s.similar.find((c) => c.proposal);
  const action = valueOf(name('action'), best && !proposed ? 'attach' : 'create');
  const linkValue = proposed?.proposal ? `${proposed.proposal.kind}:${proposed.id}` : '';
  const headingId = `${s.key}-heading`;
  const [statement, setStatement] = useState(text('statement'));
  const [claimant, setClaimant] = useState(text('claimantName'));
  const hasErrors = Object.keys(errors).some((field) => field.startsWith(`${s.key}.`));
  const summary = [
    claimant.trim() || 'No claimant yet',
    quantityText(s.claim),
    s.dates.join(', '),
    s.part ? `claim ${s.part.index} of ${s.part.of} in its sentence` : '',
    `score ${s.score}`,
  ].filter(Boolean);

  return (
    <fieldset
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-3 sm:p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold text-stone-600 dark:text-zinc-400">
            Suggestion {s.rank}
          </h3>
          <p className="line-clamp-2 font-serif text-lg leading-snug">{statement}</p>
          <p className="mt-0.5 text-sm text-stone-700 dark:text-zinc-300">{summary.join(' · ')}</p>
        </div>
        <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
          <input
            type="checkbox"
            name="keep"
            value={s.key}
            defaultChecked={kept}
            className="size-5"
          />
          Keep
        </label>
      </div>
      {best ? (
        <div
          role="note"
          aria-label="Similar existing claim"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 dark:border-amber-500 dark:bg-amber-950"
        >
          <p className="font-semibold">Possible duplicate: similar to an existing claim</p>
          <ul className="space-y-1">
            {s.similar.map((c) => (
              <li key={c.id}>
                <Link href={`/editor/claims/${c.id}`} className="underline">
                  {c.statement}
                </Link>{' '}
                <span className="text-sm text-stone-700 dark:text-zinc-300">
                  (claim {c.id}, {c.status}, {Math.round(c.similarity * 100)}% of words shared)
                </span>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            <label className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={name('action')}
                value="attach"
                defaultChecked={action === 'attach'}
              />
              Cite the article on the existing claim instead
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={name('action')}
                value="create"
                defaultChecked={action !== 'attach'}
              />
              Create a new draft claim anyway
            </label>
          </div>
          {proposed?.proposal ? (
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name={name('link')}
                value={linkValue}
                defaultChecked={
                  valueOf(name('link'), proposed.proposal.checked ? linkValue : '') === linkValue
                }
                className="size-5"
              />
              {proposed.proposal.kind === 'updates'
                ? `If created: link it as updating claim ${proposed.id} (a newer figure)`
                : `If created: link it as the same claim as claim ${proposed.id} (another figure)`}
            </label>
          ) : null}
          {s.similar.length > 1 ? (
            <SelectField
              {...common}
              name={name('attachTo')}
              label="Existing claim to cite the article on"
              defaultValue={valueOf(name('attachTo'), String(best.id))}
              options={s.similar.map((c) => ({ value: String(c.id), label: `Claim ${c.id}` }))}
            />
          ) : (
            <input type="hidden" name={name('attachTo')} value={best.id} />
          )}
        </div>
      ) : (
        <input type="hidden" name={name('action')} value="create" />
      )}

      <details open={hasErrors} className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-blue-800 underline-offset-2 hover:underline dark:text-sky-300">
          Edit suggestion {s.rank}
        </summary>
        <div className="mt-3 space-y-4">
          <blockquote className="border-s-4 border-stone-300 ps-4 font-serif leading-relaxed dark:border-zinc-600">
            <p>{s.sentence}</p>
          </blockquote>
          <ReasonList reasons={s.reasons} score={s.score} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextArea
              {...common}
              className="sm:col-span-2"
              name={name('statement')}
              label="Statement"
              rows={2}
              defaultValue={text('statement')}
              onChange={setStatement}
              hint={`In the tracker’s words; at most ${STATEMENT_MAX} characters.`}
            />
            <TextField
              {...common}
              name={name('claimantName')}
              label="Claimant"
              defaultValue={text('claimantName')}
              onChange={setClaimant}
              hint={
                s.claimantFrom === 'attribution'
                  ? 'Taken from the sentence’s attribution.'
                  : s.claimantFrom === 'publisher'
                    ? 'No attribution in the sentence: the article’s publisher.'
                    : 'No attribution found: who made this claim?'
              }
            />
            <SelectField
              {...common}
              name={name('claimantKind')}
              label="Kind of claimant"
              empty="—"
              defaultValue={text('claimantKind')}
              options={KIND_OPTIONS}
            />
            <TextField
              {...common}
              name={name('place')}
              label="Place"
              defaultValue={text('place')}
            />
            <TextField
              {...common}
              name={name('firstAppearedAt')}
              label="First appeared on"
              type="date"
              defaultValue={text('firstAppearedAt')}
            />
            <TextField
              {...common}
              name={name('firstAppearanceUrl')}
              label="First appearance link"
              type="url"
              defaultValue={text('firstAppearanceUrl')}
            />
            <TextArea
              {...common}
              name={name('context')}
              label="Context"
              rows={2}
              defaultValue={text('context')}
            />
          </div>
          <fieldset className="grid gap-3 sm:grid-cols-5">
            <legend className="text-sm font-semibold">Quantity</legend>
            <SelectField
              {...common}
              name={name('quantityQualifier')}
              label="Qualifier"
              empty="—"
              defaultValue={text('quantityQualifier')}
              options={QUALIFIER_OPTIONS}
            />
            <TextField
              {...common}
              name={name('quantityValue')}
              label="Number"
              defaultValue={text('quantityValue')}
            />
            <TextField
              {...common}
              name={name('quantityMin')}
              label="Min"
              defaultValue={text('quantityMin')}
            />
            <TextField
              {...common}
              name={name('quantityMax')}
              label="Max"
              defaultValue={text('quantityMax')}
            />
            <TextField
              {...common}
              name={name('quantityUnit')}
              label="Unit"
              defaultValue={text('quantityUnit')}
            />
          </fieldset>
          <fieldset className="grid gap-3 sm:grid-cols-2">
            <legend className="text-sm font-semibold">Citation of the article</legend>
            <SelectField
              {...common}
              name={name('stance')}
              label="Stance"
              defaultValue={valueOf(name('stance'), s.citation.stance)}
              options={STANCE_OPTIONS}
              hint="Context: the article is where the claim appeared, not evidence that it is true."
            />
            <TextField
              {...common}
              name={name('locator')}
              label="Where in the article"
              defaultValue={valueOf(name('locator'), s.citation.locator)}
            />
            <TextArea
              {...common}
              className="sm:col-span-2"
              name={name('quote')}
              label="Quoted passage"
              rows={3}
              defaultValue={valueOf(name('quote'), s.citation.quote)}
            />
          </fieldset>
        </div>
      </details>
      {errors[name('attachTo')] ? (
        <p className="font-semibold text-red-800 dark:text-red-300">
          {errors[name('attachTo')]?.[0]}
        </p>
      ) : null}
    </fieldset>
  );
}
