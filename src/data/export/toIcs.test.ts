import { describe, expect, it } from 'vitest';
import { importDataset } from '../import/importDataset';
import { foldIcsLine } from './icsText';
import { eventsToIcs } from './toIcs';
import { offsetChanges } from './vtimezone';

/** A small iCalendar reader for the tests: unfolds lines, then reads each VEVENT's properties. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}

const { dataset } = importDataset(
  JSON.stringify({
    title: 'Calendar, test',
    topics: [{ id: 'alliance', label: 'US–Japan alliance' }],
    events: [
      { id: 'day', title: 'A day', start: '2025-10-25', topics: ['alliance'] },
      { id: 'days', title: 'Days', start: '2025-10-26', end: '2025-10-28', status: 'scheduled' },
      { id: 'month', title: 'A month', start: '2025-12' },
      { id: 'year', title: 'A year', start: '2024' },
      {
        id: 'call',
        title: 'Call; with, commas',
        start: '2025-10-25T21:30+08:00',
        end: '2025-10-25T21:40+08:00',
        timezone: 'Asia/Kuala_Lumpur',
        summary: 'Line one\nline two',
        sources: [{ name: 'MOFA', url: 'https://www.mofa.go.jp/' }],
      },
      { id: 'utc', title: 'No zone', start: '2025-11-02T09:00-05:00', status: 'cancelled' },
      { id: 'ny', title: 'New York', start: '2025-03-09T03:30', timezone: 'America/New_York' },
    ],
  }),
  'cal.json',
);
const text = eventsToIcs(dataset, dataset.events, { now: Date.UTC(2025, 10, 24, 12, 0) });
const { lines, events } = parseIcs(text);
const byUid = (id: string) => events.find((e) => e.UID === `${id}@diplomatic-timeline`)!;

describe('eventsToIcs', () => {
  it('writes a calendar with one VEVENT per event, each with UID and DTSTAMP', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.DTSTAMP === '20251124T120000Z')).toBe(true);
    expect(lines).toContain('X-WR-CALNAME:Calendar\\, test');
  });

  it('makes date-only events all-day with an exclusive end; months and years span all of them', () => {
    expect(byUid('day')).toMatchObject({ 'DTSTART;VALUE=DATE': '20251025', 'DTEND;VALUE=DATE': '20251026' });
    expect(byUid('days')).toMatchObject({
      'DTSTART;VALUE=DATE': '20251026',
      'DTEND;VALUE=DATE': '20251029',
      STATUS: 'TENTATIVE',
    });
    expect(byUid('month')).toMatchObject({
      'DTSTART;VALUE=DATE': '20251201',
      'DTEND;VALUE=DATE': '20260101',
    });
    expect(byUid('year')).toMatchObject({ 'DTSTART;VALUE=DATE': '20240101', 'DTEND;VALUE=DATE': '20250101' });
    expect(byUid('day').CATEGORIES).toBe('US–Japan alliance');
  });

  it('writes timed events in their zone with a VTIMEZONE, or in UTC when they have none', () => {
    expect(byUid('call')).toMatchObject({
      'DTSTART;TZID=Asia/Kuala_Lumpur': '20251025T213000',
      'DTEND;TZID=Asia/Kuala_Lumpur': '20251025T214000',
      SUMMARY: 'Call\\; with\\, commas',
      URL: 'https://www.mofa.go.jp/',
    });
    expect(byUid('call').DESCRIPTION).toBe(
      'Line one\\nline two\\n\\nSources:\\n- MOFA: https://www.mofa.go.jp/',
    );
    expect(byUid('utc')).toMatchObject({ DTSTART: '20251102T140000Z', STATUS: 'CANCELLED' });
    expect(lines).toContain('TZID:Asia/Kuala_Lumpur');
    expect(lines).toContain('TZOFFSETTO:+0800');
  });

  it('describes New York’s daylight-saving changes, and a skipped 03:30 is read as after the change', () => {
    expect(byUid('ny')['DTSTART;TZID=America/New_York']).toBe('20250309T033000');
    const ny = text.slice(
      text.indexOf('TZID:America/New_York'),
      text.indexOf('END:VTIMEZONE', text.indexOf('TZID:America/New_York')),
    );
    expect(ny).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400',
    );
    expect(ny).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500',
    );
  });

  it('finds offset changes to the minute', () => {
    const [spring] = offsetChanges('Europe/London', Date.UTC(2025, 0, 1), Date.UTC(2025, 5, 1));
    expect(spring).toEqual({ at: Date.UTC(2025, 2, 30, 1, 0), from: 0, to: 60 });
  });
});

describe('foldIcsLine', () => {
  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'高'.repeat(40)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});
