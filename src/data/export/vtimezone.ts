/**
 * VTIMEZONE components for IANA zones (RFC 5545 §3.6.5), so that "TZID=Asia/Tokyo" times mean the
 * same in every calendar. Each offset change in the years the events cover is written as its own
 * STANDARD or DAYLIGHT onset (no recurrence rules to get wrong), found from the runtime's zone data.
 */
import { tzOffset } from '@date-fns/tz';
import { icsOffset, icsStamp } from './icsText';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A change of a zone's offset: the instant, and the offsets before and after (minutes). */
export interface OffsetChange {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

const offsetAt = (zone: string, instant: number) => Math.round(tzOffset(zone, new Date(instant)));

/** Every offset change of `zone` between two instants, to the minute. */
export function offsetChanges(zone: string, from: number, to: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let before = offsetAt(zone, from);
  for (let day = from + DAY_MS; day <= to + DAY_MS; day += DAY_MS) {
    const after = offsetAt(zone, day);
    if (after === before) continue;
    let lo = day - DAY_MS;
    let hi = day;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: before, to: after });
    before = after;
  }
  return changes;
}

function onset(kind: 'STANDARD' | 'DAYLIGHT', localStart: string, from: number, to: number): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStart}`,
    `TZOFFSETFROM:${icsOffset(from)}`,
    `TZOFFSETTO:${icsOffset(to)}`,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE lines for `zone`, valid from a year before `fromYear` to a year after `toYear`. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear - 1, 0, 1);
  const to = Date.UTC(toYear + 2, 0, 1);
  const first = offsetAt(zone, from);
  const lines = [
    `BEGIN:VTIMEZONE`,
    `TZID:${zone}`,
    ...onset('STANDARD', icsStamp(from + first * MINUTE_MS, true), first, first),
  ];
  for (const change of offsetChanges(zone, from, to)) {
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...onset(kind, icsStamp(change.at + change.from * MINUTE_MS, true), change.from, change.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
