const numberFormat = new Intl.NumberFormat('en-GB');

/** "1 claim", "12 claims", "1,204 claims". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}
