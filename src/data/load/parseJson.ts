/** JSON text to a value, with a plain sentence (and line and column when the engine gives them) when it is not JSON. */
import { englishIssue, said, type IssueText } from '../validate/issueText';

/** A line and column in a text, both counted from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where a `JSON.parse` SyntaxError points, read from its message: Firefox and newer V8 say
 * "line 3 column 5", older V8 says "at position 42". Safari says neither.
 */
export function jsonErrorPosition(message: string, text: string): TextPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  return position ? positionAt(text, Number(position[1])) : undefined;
}

/** The engine's words without its position and its echo of the text, e.g. "Expected ',' or '}' after property value". */
function engineDetail(message: string): string {
  return message
    .replace(/^JSON(\.parse| Parse error):\s*/i, '')
    .replace(/^(Unexpected token '.*?'),.*is not valid JSON$/s, '$1')
    .replace(/\s*(in JSON )?at position \d+.*$/is, '')
    .replace(/\s*at line \d+ column \d+.*$/is, '')
    .trim();
}

class ScanError extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super(`JSON syntax error at ${offset}`);
    this.offset = offset;
  }
}

const WHITESPACE = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first syntax error in `text`, by a small JSON scanner: engines differ on
 * whether their message says where ("Unexpected token ','" in Chrome does not).
 * Undefined when the text is valid JSON (or nested too deeply to scan).
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const take = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const expect = (char: string): void => {
    take(WHITESPACE);
    if (text[i] !== char) throw new ScanError(i);
    i += 1;
  };
  const items = (close: string, item: () => void): void => {
    take(WHITESPACE);
    if (text[i] === close) return void (i += 1);
    for (;;) {
      item();
      take(WHITESPACE);
      if (text[i] === close) return void (i += 1);
      expect(',');
    }
  };
  const value = (): void => {
    take(WHITESPACE);
    const char = text[i];
    if (char === '{' || char === '[') i += 1;
    if (char === '{') {
      items('}', () => {
        take(WHITESPACE);
        if (!take(STRING)) throw new ScanError(i);
        expect(':');
        value();
      });
    } else if (char === '[') items(']', value);
    else if (!take(STRING) && !take(SCALAR)) throw new ScanError(i);
  };
  try {
    value();
    take(WHITESPACE);
    return i < text.length ? i : undefined;
  } catch (error) {
    if (error instanceof ScanError) return error.offset;
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Parses JSON text (a leading byte-order mark is allowed, as some editors write one).
 * @returns `{ value }`, or `{ problem }`: why it is not JSON, e.g.
 * "it is not valid JSON: Expected ',' or '}' after property value (line 3, column 5)".
 */
export function parseJson(text: string): { value: unknown } | { problem: string; text: IssueText } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const problem = (why: IssueText) => ({ problem: englishIssue(why), text: why });
  if (body.trim() === '') return problem(said('fileEmpty'));
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    if (/^\s*</.test(body)) return problem(said('webPageNotJson'));
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const at = offset === undefined ? jsonErrorPosition(message, body) : positionAt(body, offset);
    // The engine's own words stay as it gives them; the rest is coded.
    const detail = engineDetail(message);
    return problem(said('notJson', { detail, ...(at && { line: at.line, column: at.column }) }));
  }
}

/**
 * Whether `text` is JSON rather than CSV or another format: it opens an object, a list or a page
 * (`{`, `[`, `<`, which get their own messages), is empty, or is a whole JSON value of another kind
 * (`"hi"`, `42`, `null`), so that it is told "a dataset must be a JSON object", not read as CSV.
 */
export function looksLikeJson(text: string): boolean {
  if (/^\uFEFF?\s*[[{<]/.test(text) || text.trim() === '') return true;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!/^\s*(?:["\d-]|true|false|null)/.test(body)) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}
