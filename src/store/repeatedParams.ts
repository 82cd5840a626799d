/**
 * URL parameters given more than once (`data=a&data=b`): the app reads the first and ignores the
 * rest (issue 16, point 8), and says so in the console and on the page, so a link that was pasted
 * together by hand cannot quietly show something other than what its author meant.
 */

/** A parameter given more than once: the value used (the first) and those ignored. */
export interface RepeatedParam {
  readonly key: string;
  readonly used: string;
  readonly ignored: readonly string[];
}

/** Every parameter of `search` that is given more than once, in the order of first appearance. */
export function repeatedParams(search: string): RepeatedParam[] {
  const values = new Map<string, string[]>();
  new URLSearchParams(search).forEach((value, key) => {
    const seen = values.get(key);
    if (seen) seen.push(value);
    else values.set(key, [value]);
  });
  return [...values]
    .filter(([, given]) => given.length > 1)
    .map(([key, [used = '', ...ignored]]) => ({ key, used, ignored }));
}

/** The console's sentence for a repeated parameter. */
export function repeatedParamWarning({ key, used, ignored }: RepeatedParam): string {
  const quoted = ignored.map((value) => JSON.stringify(value)).join(', ');
  return `URL parameter ${key} is given ${ignored.length + 1} times: the first, ${JSON.stringify(used)}, is used and ${quoted} ignored.`;
}
