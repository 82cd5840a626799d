/** Collecting dataset problems as plain sentences, each with the path it was found at. */
import type { DatasetIssue } from './model';

/** Where validators report what they skipped (`error`) or repaired (`warning`). */
export interface IssueSink {
  /** The item at `path` was skipped. */
  error(path: string, message: string): void;
  /** The item at `path` was kept, repaired as the message says. */
  warn(path: string, message: string): void;
}

/** A sink that appends to `into`, tagging each issue with `eventId` when given. */
export function issueSink(into: DatasetIssue[], eventId?: string): IssueSink {
  const add = (severity: DatasetIssue['severity'], path: string, message: string) => {
    into.push(eventId === undefined ? { path, message, severity } : { path, message, severity, eventId });
  };
  return {
    error: (path, message) => add('error', path, message),
    warn: (path, message) => add('warning', path, message),
  };
}

/** One line for people: "events[3].start: …", or the message alone for the dataset as a whole. */
export function formatIssue(issue: DatasetIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

const MAX_QUOTED = 60;

/** Bidi controls (embeddings, overrides, isolates, marks): shown escaped in messages (issue 16). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value as a message names it: `"Oct 25"`, `the number 3`, `a list`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    // A U+202E in a bad value must not turn the rest of the message around it backwards.
    return JSON.stringify(shown).replace(
      BIDI_CONTROLS,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
