/**
 * Events as an iCalendar file (RFC 5545). A date-only event is an all-day event with an exclusive
 * DTEND (a month or a year spans all of it); a timed event is written in its IANA zone (TZID, with a
 * VTIMEZONE) when it has one, else in UTC. iCalendar writes a year as four digits on the Gregorian
 * calendar (RFC 5545 §3.3.4), so events before 1 CE or reaching past 9999 cannot be expressed: they
 * are left out, and `icsLeftOut` counts them for the export to say so.
 */
import { tzOffset } from '@date-fns/tz';
import { wallOfYear } from '../civilTime';
import { endOfUnit, isValidTimeZone } from '../dates';
import type { Dataset, DatePoint, EventStatus, TimelineEvent } from '../model';
import { textIn } from '../text';
import { escapeIcsText, foldIcsLine, icsStamp } from './icsText';
import { vtimezone } from './vtimezone';

const MINUTE_MS = 60_000;

const STATUS: Readonly<Record<EventStatus, string>> = {
  occurred: 'CONFIRMED',
  scheduled: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Whether iCalendar can write the event: from 1 CE, ending (exclusive DTEND included) by 10000. */
export function fitsIcs(event: TimelineEvent): boolean {
  return event.start.wall >= wallOfYear(1) && endOfUnit(event.end ?? event.start) <= wallOfYear(10_000);
}

/** How many of `events` an .ics file leaves out (see `fitsIcs`). */
export function icsLeftOut(events: readonly TimelineEvent[]): number {
  let n = 0;
  for (const event of events) if (!fitsIcs(event)) n++;
  return n;
}

/** The UTC instant of a minute-precision point (its own, else its wall time at its offset). */
function instantOf(point: DatePoint): number {
  return point.instant ?? point.wall - (point.offsetMinutes ?? 0) * MINUTE_MS;
}

/** The local wall-clock time of an instant in `zone`. */
function wallIn(zone: string, instant: number): number {
  return instant + Math.round(tzOffset(zone, new Date(instant))) * MINUTE_MS;
}

/** DTSTART and DTEND lines of one event. */
function whenLines(event: TimelineEvent): string[] {
  const { start, end } = event;
  if (start.precision !== 'minute') {
    // All-day: DTEND is the day after the last day, so "2025-10" ends on 1 November.
    return [
      `DTSTART;VALUE=DATE:${icsStamp(start.wall, false)}`,
      `DTEND;VALUE=DATE:${icsStamp(endOfUnit(end ?? start), false)}`,
    ];
  }
  const zone = event.timezone && isValidTimeZone(event.timezone) ? event.timezone : undefined;
  const startInstant = instantOf(start);
  // A date-only end of a timed start ends at the end of that day at the start's offset.
  const endInstant = end
    ? end.precision === 'minute'
      ? instantOf(end)
      : endOfUnit(end) - (start.offsetMinutes ?? 0) * MINUTE_MS
    : undefined;
  const stamp = (instant: number) =>
    zone ? `;TZID=${zone}:${icsStamp(wallIn(zone, instant), true)}` : `:${icsStamp(instant, true)}Z`;
  return [
    `DTSTART${stamp(startInstant)}`,
    ...(endInstant !== undefined && endInstant > startInstant ? [`DTEND${stamp(endInstant)}`] : []),
  ];
}

function description(event: TimelineEvent, lang: string): string {
  const parts = [textIn(event.summary, lang)];
  if (event.sources.length) {
    parts.push(
      ['Sources:', ...event.sources.map((s) => `- ${s.name}${s.url ? `: ${s.url}` : ''}`)].join('\n'),
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

/**
 * The events as the text of an .ics file, texts in `lang`. `now` is the DTSTAMP (when the file was
 * made); `uidDomain` makes each event's UID globally unique and stable across exports.
 */
export function eventsToIcs(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  { lang = 'en', now = Date.now(), uidDomain = 'diplomatic-timeline' } = {},
): string {
  const topics = new Map(dataset.topics.map((t) => [t.id, textIn(t.label, lang)]));
  const zones = new Map<string, { from: number; to: number }>();
  const kept = events.filter(fitsIcs);
  for (const e of kept) {
    if (e.start.precision !== 'minute' || !e.timezone || !isValidTimeZone(e.timezone)) continue;
    const years = zones.get(e.timezone) ?? { from: e.start.year, to: e.start.year };
    const last = e.end?.year ?? e.start.year;
    zones.set(e.timezone, { from: Math.min(years.from, e.start.year), to: Math.max(years.to, last) });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Diplomatic Timeline//Export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(textIn(dataset.title, lang))}`,
    ...[...zones].flatMap(([zone, { from, to }]) => vtimezone(zone, from, to)),
  ];
  for (const event of kept) {
    const desc = description(event, lang);
    const categories = event.topics.map((id) => escapeIcsText(topics.get(id) ?? id));
    const url = event.sources.find((s) => s.url)?.url;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.id)}@${uidDomain}`,
      `DTSTAMP:${icsStamp(now, true)}Z`,
      ...whenLines(event),
      `SUMMARY:${escapeIcsText(textIn(event.title, lang))}`,
      ...(event.location?.name !== undefined
        ? [`LOCATION:${escapeIcsText(textIn(event.location.name, lang))}`]
        : []),
      ...(event.location?.lat !== undefined ? [`GEO:${event.location.lat};${event.location.lon}`] : []),
      ...(desc ? [`DESCRIPTION:${escapeIcsText(desc)}`] : []),
      ...(categories.length ? [`CATEGORIES:${categories.join(',')}`] : []),
      ...(url ? [`URL:${url}`] : []),
      // Media as attachments by link (RFC 5545 ATTACH); relative paths have no meaning in a calendar.
      ...(event.media ?? []).flatMap((m) => (/^https?:\/\//i.test(m.url) ? [`ATTACH:${m.url}`] : [])),
      `STATUS:${STATUS[event.status]}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
