import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SPACE,
} from './jsonChars';

/**
 * Finds the events of a dataset's JSON text while it downloads (issue #5): fed the text piece by
 * piece, it hands back runs of whole events (the text between the commas of the top-level
 * `"events"` list), so they can be parsed and validated before the last byte arrives. It tracks only
 * what JSON structure needs — strings, escapes and nesting depth — and gives up (`failed`) at
 * anything it does not expect; the caller then reads the whole text as usual, which also words any
 * syntax error. The text outside the list is kept as the dataset's skeleton, with `[]` for events.
 */
export class EventsArrayScanner {
  /** The text before the events list (without its `[`), and from its `]` on. */
  private head = '';
  private tail = '';
  /** The events of the current run, not yet handed out. */
  private run = '';
  private phase: 'head' | 'events' | 'tail' = 'head';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The last string read at the top level, while it is short enough to be the key "events". */
  private key = '';
  private keyDone = false;
  /** Whether the next value at the top level belongs to the key "events". */
  private eventsNext = false;
  failed = false;

  /** `runLength`: a run is handed out at the first comma between events after this many characters. */
  constructor(private readonly runLength = 1 << 19) {}

  /** Reads `chunk`; returns the runs of events it completed, each the text between `[` and `]`. */
  push(chunk: string): string[] {
    const runs: string[] = [];
    if (this.failed) return runs;
    if (this.phase === 'head') {
      const start = this.findList(chunk);
      if (start === undefined) return runs;
      chunk = chunk.slice(start);
    }
    if (this.phase === 'events') {
      const end = this.readEvents(chunk, runs);
      if (end === undefined) return runs;
      chunk = chunk.slice(end);
    }
    this.tail += chunk;
    return runs;
  }

  /**
   * Reads the text before the events list; once its `[` is found, returns the offset after it in
   * `chunk` (the phase is then `events`); undefined while the list has not begun or on failure.
   */
  private findList(chunk: string): number | undefined {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          this.keyDone = this.depth === 1;
          continue;
        }
        if (this.depth === 1 && this.key.length <= MAX_KEY) this.key += chunk[i];
        continue;
      }
      if (this.eventsNext && c > SPACE) {
        // "events" holds something other than a list: leave it to the validator's message.
        if (c !== OPEN_BRACKET) return this.fail();
        this.head += chunk.slice(0, i);
        this.phase = 'events';
        this.depth = 2;
        return i + 1;
      }
      if (c === QUOTE) {
        this.inString = true;
        this.key = '';
        this.keyDone = false;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 0 && c !== OPEN_BRACE) return this.fail();
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth <= 0) return this.fail();
      } else if (c === COLON && this.depth === 1) {
        this.eventsNext = this.keyDone && this.key === 'events';
      }
    }
    this.head += chunk;
    return undefined;
  }

  /**
   * Reads events up to the list's `]`, adding each run that reaches the asked length to `runs`;
   * returns the offset of that `]` in `chunk` (the phase is then `tail`), or undefined when the list
   * goes on. The hot loop of a large load: state lives in locals, and texts are skipped with
   * `indexOf` rather than a step per character.
   */
  private readEvents(chunk: string, runs: string[]): number | undefined {
    const n = chunk.length;
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    // Where the text not yet added to `this.run` starts.
    let from = 0;
    // The next backslash at or after `i` (-1: none left): found once, not searched for at every text.
    let slash = chunk.indexOf('\\');
    let i = 0;
    while (i < n) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i++;
          continue;
        }
        if (slash !== -1 && slash < i) slash = chunk.indexOf('\\', i);
        const quote = chunk.indexOf('"', i);
        if (quote === -1 && slash === -1) break;
        if (slash !== -1 && (quote === -1 || slash < quote)) {
          escaped = true;
          i = slash + 1;
        } else {
          inString = false;
          i = quote + 1;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 1) {
          const last = this.run + chunk.slice(from, i);
          if (last.trim() !== '') runs.push(last);
          this.run = '';
          this.phase = 'tail';
          this.depth = depth;
          this.inString = this.escaped = false;
          return i;
        }
      } else if (c === COMMA && depth === 2 && this.run.length + (i - from) >= this.runLength) {
        runs.push(this.run + chunk.slice(from, i));
        this.run = '';
        from = i + 1;
      }
      i++;
    }
    this.run += chunk.slice(from);
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return undefined;
  }

  /**
   * The text outside the events list with `[]` in its place, once the whole text was read and the
   * list was found and closed; undefined otherwise (the caller must read the whole text).
   */
  skeleton(): string | undefined {
    // A second "events" key after the list would be the one JSON.parse keeps: read the whole text.
    if (this.failed || this.phase !== 'tail' || this.tail.includes('"events"')) return undefined;
    return `${this.head}[]${this.tail.slice(1)}`;
  }

  /** The text before the events list, closed so it parses as the dataset without events. */
  headSkeleton(): string | undefined {
    return this.phase === 'head' || this.failed ? undefined : `${this.head}[]}`;
  }

  /** Gives up for good (the texts kept so far are dropped); returns undefined for `findList`. */
  private fail(): undefined {
    this.failed = true;
    this.head = this.tail = this.run = '';
    return undefined;
  }
}

/** Keys longer than "events" need not be read whole. */
const MAX_KEY = 8;
