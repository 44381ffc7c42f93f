/** Cuts reader-supplied text (a search) for display: "a very long sea…". */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
