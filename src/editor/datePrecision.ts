/**
 * Dates as the editor handles them: the ISO text the person typed, moved by one unit of its own
 * precision (the keyboard twin of dragging a mark), set to another precision, or made from a
 * position on the axis (a drag), snapped to that precision. Text in, text out: the validator
 * remains the one judge of what the text means.
 */
import type { Precision } from '../data/model';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

/** Year (signed, 4+ digits as ISO 8601 expanded years allow), month, day, time and the rest (an offset). */
const DATE = /^([+-]?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(.*))?)?)?$/;

interface Parts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  /** Anything after the minutes (seconds, an offset), kept as written. */
  readonly rest: string;
}

function partsOf(text: string): Parts | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  return {
    year: Number(m[1]),
    month: num(m[2]),
    day: num(m[3]),
    hour: num(m[4]),
    minute: num(m[5]),
    rest: m[6] ?? '',
  };
}

/** The precision of a date's text, or undefined when it is not an ISO date the editor can read. */
export function precisionOf(text: string): Precision | undefined {
  const p = partsOf(text);
  if (!p) return undefined;
  return p.minute !== undefined
    ? 'minute'
    : p.day !== undefined
      ? 'day'
      : p.month !== undefined
        ? 'month'
        : 'year';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A year as ISO 8601 writes it: "2025", "-0044" (44 BCE, as DESIGN.md reads it), "+12000". */
export function isoYear(year: number): string {
  if (year < 0) return `-${pad(-year, 4)}`;
  if (year > 9999) return `+${year}`;
  return pad(year, 4);
}

function format(p: Parts, precision: Precision): string {
  let text = isoYear(p.year);
  if (precision === 'year') return text;
  text += `-${pad(p.month ?? 1)}`;
  if (precision === 'month') return text;
  text += `-${pad(p.day ?? 1)}`;
  if (precision === 'day') return text;
  return `${text}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}${p.rest}`;
}

/** The date at another precision: cut ("2025-10-25" → "2025-10") or filled with the unit's start. */
export function withPrecision(text: string, precision: Precision): string | undefined {
  const p = partsOf(text);
  return p && format(p, precision);
}

/** UTC fields of a time, with any year (Date handles years far from ours). */
function fieldsAt(ms: number): Required<Omit<Parts, 'rest'>> {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

function utc(p: Parts): number {
  const d = new Date(Date.UTC(1970, 0, 1));
  d.setUTCFullYear(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  d.setUTCHours(p.hour ?? 0, p.minute ?? 0, 0, 0);
  return d.getTime();
}

/** The date moved by `steps` units of its own precision ("2025-10" + 1 → "2025-11"). */
export function stepDate(text: string, steps: number): string | undefined {
  const p = partsOf(text);
  const precision = precisionOf(text);
  if (!p || !precision) return undefined;
  if (precision === 'year') return format({ ...p, year: p.year + steps }, 'year');
  if (precision === 'month') {
    const months = p.year * 12 + (p.month ?? 1) - 1 + steps;
    return format({ ...p, year: Math.floor(months / 12), month: (((months % 12) + 12) % 12) + 1 }, 'month');
  }
  const unit = precision === 'day' ? 86_400_000 : 60_000;
  return format({ ...fieldsAt(utc(p) + steps * unit), rest: p.rest }, precision);
}

/**
 * The date at a wall-clock time (ms, the axis's unit), snapped to the nearest start of a unit of
 * `precision`; a minute-precision date keeps the offset written in `template`.
 */
export function dateAtWall(wall: number, precision: Precision, template = ''): string {
  const rest = partsOf(template)?.rest ?? '';
  const f = fieldsAt(wall);
  if (precision === 'year') return format({ ...f, year: f.month >= 7 ? f.year + 1 : f.year, rest }, 'year');
  if (precision === 'month') {
    const next = f.day > 15 ? stepDate(format({ ...f, rest }, 'month'), 1) : undefined;
    return next ?? format({ ...f, rest }, 'month');
  }
  const unit = precision === 'day' ? 86_400_000 : 60_000;
  return format({ ...fieldsAt(Math.round(wall / unit) * unit), rest }, precision);
}
