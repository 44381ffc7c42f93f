/** A page's query string as Next.js hands it to a server component. */
export type RawParams = Record<string, string | string[] | undefined>;

/** The first value of a query-string key (`?state=dead&state=ok` reads "dead"), or undefined. */
export function firstParam(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}
