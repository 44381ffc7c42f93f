/** The list's sorts, as offered by the readers' and the editors' filter forms. */
export const CLAIM_SORT_OPTIONS = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'updated', label: 'Last updated' },
  { value: 'created', label: 'Newest' },
  { value: 'verdict', label: 'Verdict' },
] as const;
