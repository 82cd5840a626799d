/**
 * Keys given twice in one JSON object (issue 16, point 4). `JSON.parse` keeps the last value without
 * a word, so a dataset whose event says `"start"` twice would silently lose the first date; this
 * scan finds each repeat, with the path of the object, so the validator can warn about it.
 */
import type { DatasetIssue, LoadResult } from '../model';
import { codedIssue } from '../validate/issues';
import { said } from '../validate/issueText';
import { inInputOrder } from '../validate/validate';
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './jsonChars';

/** A key that appears more than once in one object: `path` is where the object is (`events[3]`). */
export interface RepeatedKey {
  readonly path: string;
  readonly key: string;
}

interface ObjectFrame {
  readonly keys: string[];
  key: string;
  expectKey: boolean;
}
interface ArrayFrame {
  index: number;
}
type Frame = ObjectFrame | ArrayFrame;

const isObject = (frame: Frame | undefined): frame is ObjectFrame => frame !== undefined && 'keys' in frame;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `path.key`, or `path["odd key"]` for a key that is not a plain name. */
function childPath(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** The path of the value the stack points into, as the validator writes paths (`events[3].quotes[0]`). */
function pathOf(stack: readonly Frame[], rootPath: string, rootIndex: number): string {
  let path = rootPath;
  stack.forEach((frame, depth) => {
    if (depth === stack.length - 1) return;
    if (isObject(frame)) path = childPath(path, frame.key);
    else path += `[${frame.index + (depth === 0 ? rootIndex : 0)}]`;
  });
  return path;
}

/** Where the string opening at `start` (a quote) closes. */
function closingQuote(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0 || end < 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/**
 * Every repeated key in `text`, which must be valid JSON (parse it first). `rootPath` prefixes the
 * paths and `rootIndex` is added to the indices of a top-level list: a run of events that starts at
 * `events[500]` is scanned with `("events", 500)`. Strings are skipped with `indexOf`, so the scan
 * costs little beside `JSON.parse`.
 */
export function findRepeatedKeys(text: string, rootPath = '', rootIndex = 0): RepeatedKey[] {
  const repeated: RepeatedKey[] = [];
  const stack: Frame[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (end < 0) break;
      const top = stack.at(-1);
      if (isObject(top) && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.includes(key)) repeated.push({ path: pathOf(stack, rootPath, rootIndex), key });
        else top.keys.push(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === OPEN_BRACE) stack.push({ keys: [], key: '', expectKey: true });
    else if (c === OPEN_BRACKET) stack.push({ index: 0 });
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) stack.pop();
    else if (c === COMMA) {
      const top = stack.at(-1);
      if (isObject(top)) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return repeated;
}

/** A repeated key as a dataset warning; JSON.parse (and so this app) uses the last value given. */
export function repeatedKeyIssue({ path, key }: RepeatedKey): DatasetIssue {
  return codedIssue('warning', childPath(path, key), said('keyRepeated', { key: JSON.stringify(key) }));
}

/** `result` with a warning for each repeated key, in input order among its other issues. */
export function withRepeatedKeys(result: LoadResult, repeated: readonly RepeatedKey[]): LoadResult {
  if (repeated.length === 0) return result;
  return { ...result, issues: inInputOrder([...result.issues, ...repeated.map(repeatedKeyIssue)]) };
}
