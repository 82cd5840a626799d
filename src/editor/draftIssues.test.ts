import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../data/model';
import { isFatal, validateDataset } from '../data/validate/validate';
import { gridRows, issuesAt, issuesByEvent } from './draftIssues';

const issue = (path: string, severity: 'error' | 'warning' = 'warning'): DatasetIssue => ({
  path,
  severity,
  message: `problem at ${path}`,
});

describe('draftIssues', () => {
  const issues = [
    issue('title'),
    issue('events[1].start', 'error'),
    issue('events[0].sources[0].url'),
    issue('events[0].end'),
  ];
  const byEvent = issuesByEvent(issues);

  it('groups issues by event, with paths relative to it', () => {
    expect(byEvent.get(-1)?.map((i) => i.rest)).toEqual(['title']);
    expect(byEvent.get(0)?.map((i) => i.rest)).toEqual(['sources[0].url', 'end']);
    expect(issuesAt(byEvent.get(0), 'sources').map((i) => i.path)).toEqual(['events[0].sources[0].url']);
    expect(issuesAt(byEvent.get(0), 'sources[0].url')).toHaveLength(1);
    expect(issuesAt(byEvent.get(0), 'start')).toEqual([]);
  });

  it('marks skipped events, searches and sorts by date with BCE years first', () => {
    const events = [
      { id: 'a', title: 'Alliance', start: '2025-10-28' },
      { id: 'b', title: 'Broken', start: 'Oct 25' },
      { id: 'c', title: { en: 'Caesar' }, start: '-0044-03-15' },
    ];
    const rows = gridRows(events, byEvent, '', 'date');
    expect(rows.map((r) => r.index)).toEqual([2, 0, 1]);
    expect(rows.find((r) => r.index === 1)?.skipped).toBe('problem at events[1].start');
    expect(rows.find((r) => r.index === 0)?.warnings).toBe(2);
    expect(rows[0]?.title).toBe('Caesar');
    expect(gridRows(events, byEvent, 'alli', 'input').map((r) => r.index)).toEqual([0]);
  });

  it('reads an edited event afresh and an unchanged one as before, in the language asked for', () => {
    const first = { id: 'a', title: { en: 'Alliance', ja: '同盟' }, start: '2025-10-28' };
    const second = { id: 'b', title: 'Treaty', start: '2025-10-27' };
    expect(gridRows([first, second], new Map(), '', 'date').map((r) => r.title)).toEqual([
      'Treaty',
      'Alliance',
    ]);
    // The editor's history never mutates an event: an edit is a new object.
    const edited = { ...second, title: 'Treaty of Rome', start: '2025-10-29' };
    expect(gridRows([first, edited], new Map(), '', 'date').map((r) => r.title)).toEqual([
      'Alliance',
      'Treaty of Rome',
    ]);
    expect(gridRows([first], new Map(), '', 'input', 'ja')[0]?.title).toBe('同盟');
    expect(gridRows([first], new Map(), '', 'input', 'en')[0]?.title).toBe('Alliance');
  });
});

describe('issuesAt: map points', () => {
  it('shows a latitude out of range beside Latitude, not beside Place', () => {
    const result = validateDataset({
      title: 'T',
      events: [{ id: 'e', title: 'E', start: '2025-10-25', location: { name: 'Tokyo', lat: 123, lon: 139 } }],
    });
    if (isFatal(result)) throw new Error('fatal');
    const byEvent = issuesByEvent(result.issues).get(0);
    expect(issuesAt(byEvent, 'location.lat').map((i) => i.message)).toEqual([
      'lat 123 is not a number of degrees from -90 to 90; the map point was dropped and the event kept',
    ]);
    expect(issuesAt(byEvent, 'location.lon')).toEqual([]);
    expect(issuesAt(byEvent, 'location')).toEqual([]);
  });
});
