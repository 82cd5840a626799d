import { describe, expect, it } from 'vitest';
import type { DatasetIssue, LoadResult } from '../model';
import { messy } from './messyDataset.fixture';
import { isFatal, UNTITLED, validateDataset } from './validate';

function ok(raw: unknown): LoadResult {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error(`fatal: ${JSON.stringify(result.fatal)}`);
  return result;
}

/** An issue as one line, to compare whole lists at a glance. */
const line = (i: DatasetIssue) =>
  `${i.severity} ${i.path}${i.eventId ? ` <${i.eventId}>` : ''}: ${i.message}`;

describe('validateDataset', () => {
  it('reports every problem of a messy dataset with its path and a plain sentence, in input order', () => {
    expect(ok(messy).issues.map(line)).toEqual([
      'warning colour: "colour" is not a field of a dataset; it was ignored',
      'warning title: expected text, or an object of text per language such as {"en": "…", "ja": "…"}, not the number 42; it is shown as "Untitled timeline"',
      'warning focus.to: expected a day as YYYY-MM-DD, not "2025-10"; the focus was ignored, so the first view shows all events',
      'warning actors[1].name: the actor has no name; the id "trump" is shown instead',
      'warning actors[1].kind: "politician" is not an actor kind (person, country or organization); it is treated as "person"',
      'error actors[2].id: the actor has no id; it was skipped',
      'error actors[3].id: "takaichi" repeats the id of actors[0]; this actor was skipped',
      'error actors[4]: expected an actor object, not "xi"; it was skipped',
      'warning actors[5].flag: "flag" is not a field of an actor; it was ignored',
      'warning topics[1].label: the topic has no label; the id "trade" is shown instead',
      'error topics[2].id: an id must be non-empty text, not the number 7; the topic was skipped',
      'error events[1].start <bad-start>: "Oct 25" is not an ISO date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM); the event was skipped',
      'error events[2].id <good>: "good" repeats the id of events[0]; the event was skipped',
      'error events[3].id: the event has no id; the event was skipped',
      'error events[4].title <no-title>: the event has no title; the event was skipped',
      'error events[5]: expected an event object, not "not an event"; it was skipped',
      'warning events[6].timezone <repaired>: "Mars/Base" is not a known IANA time zone (such as "Asia/Tokyo"); it was ignored',
      'warning events[6].end <repaired>: "2025-10-20" is before the start "2025-10-27"; the end was dropped, so the event is drawn at its start',
      'warning events[6].type <repaired>: "meting" is not an event type (call, meeting, summit, visit, agreement, statement, other); it is shown as "other"',
      'warning events[6].status <repaired>: "done" is not a status (occurred, scheduled, cancelled); it is shown as "occurred"',
      'warning events[6].location <repaired>: a location should be an object such as {"name": "Kuala Lumpur"}; the text was used as its name',
      'warning events[6].actors[1] <repaired>: "xi" is not one of the dataset\'s actors; the reference was dropped',
      'warning events[6].actors[2] <repaired>: "takaichi" is listed twice; the repeat was dropped',
      'warning events[6].actors[3] <repaired>: expected an actor id, not the number 5; it was dropped',
      'warning events[6].topics[0] <repaired>: "nope" is not one of the dataset\'s topics; the reference was dropped',
      'warning events[6].summary <repaired>: expected text, or an object of text per language such as {"en": "…", "ja": "…"}, not the number 12; it was dropped',
      'warning events[6].sources[0].url <repaired>: links must use http: or https:, not javascript:; the link was dropped',
      'warning events[6].sources[1].date <repaired>: "2025-02-30" is not a real date: February 2025 has 28 days; the date was dropped',
      'warning events[6].sources[2].name <repaired>: the source has no name; its site "www.mofa.go.jp" is shown instead',
      'warning events[6].sources[3].name <repaired>: the source has no name and no usable link; the source was dropped',
      'warning events[6].quotes[0].source <repaired>: there is no source 9: this event has 4 sources, numbered from 0; the reference was dropped',
      'warning events[6].quotes[1].source <repaired>: source 3 was dropped (see its own message); the reference was dropped too',
      'warning events[6].quotes[3].text <repaired>: the quote has no text; the quote was dropped',
      'warning events[6].quotes[4].speaker <repaired>: the quote has no speaker; the quote was dropped',
      'warning events[6].related[5] <repaired>: expected an event id, not the number 3; it was dropped',
      'warning events[6].descripton <repaired>: "descripton" is not a field of an event; it was ignored',
      'warning events[6].related[1] <repaired>: no event in this dataset has the id "ghost"; the reference was dropped',
      'warning events[6].related[2] <repaired>: an event cannot be related to itself; the reference was dropped',
      'warning events[6].related[3] <repaired>: the event "bad-start" was skipped (see its own message); the reference was dropped',
      'warning events[6].related[4] <repaired>: "good" is listed twice; the repeat was dropped',
      'warning events[7].end <late-end>: "2025-13-01" is not a real date: there is no month 13; the end was dropped, so the event is drawn at its start',
    ]);
  });

  it('keeps the good parts of a messy dataset, repaired', () => {
    const { dataset } = ok(messy);
    expect(dataset.title).toBe(UNTITLED);
    expect(dataset.description).toEqual({ en: 'ok' });
    expect(dataset.focus).toBeUndefined();
    expect(dataset.actors).toEqual([
      { id: 'takaichi', name: 'Sanae Takaichi', kind: 'person' },
      { id: 'trump', name: 'trump', kind: 'person' },
      { id: 'asean', name: 'ASEAN', kind: 'organization' },
    ]);
    expect(dataset.topics).toEqual([
      { id: 'alliance', label: 'Alliance' },
      { id: 'trade', label: 'trade' },
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['late-end', 'good', 'repaired']);

    const repaired = dataset.events.find((e) => e.id === 'repaired');
    expect(repaired).toMatchObject({
      title: { en: 'Repaired', ja: '修復' },
      type: 'other',
      status: 'occurred',
      t0: Date.UTC(2025, 9, 27),
      t1: Date.UTC(2025, 9, 28),
      location: { name: 'Tokyo' },
      actors: ['takaichi'],
      topics: [],
      related: ['good'],
      sources: [
        { name: 'NHK' },
        { name: 'Kyodo', url: 'https://english.kyodonews.net/x' },
        { name: 'www.mofa.go.jp', url: 'https://www.mofa.go.jp/page' },
      ],
      quotes: [
        { speaker: 'takaichi', text: 'Hello' },
        { speaker: 'takaichi', text: 'Hi' },
        { speaker: 'takaichi', text: 'Yo', source: 1 },
      ],
    });
    expect(repaired).not.toHaveProperty('end');
    expect(repaired).not.toHaveProperty('timezone');
    expect(repaired).not.toHaveProperty('summary');

    const lateEnd = dataset.events.find((e) => e.id === 'late-end');
    expect(lateEnd).toMatchObject({ status: 'scheduled', timezone: 'Asia/Tokyo' });
    expect(lateEnd?.start).toMatchObject({ precision: 'minute', offsetMinutes: 540 });
    expect(lateEnd?.t1).toBe(lateEnd?.t0);
  });

  it('drops nothing silently: every input event is kept or has an error', () => {
    const { dataset, issues } = ok(messy);
    const events = (messy as { events: unknown[] }).events;
    const skipped = new Set(
      issues
        .filter((i) => i.severity === 'error' && i.path.startsWith('events['))
        .map((i) => i.path.split(/[.\]]/)[0]),
    );
    expect(dataset.events.length + skipped.size).toBe(events.length);
  });

  it('reads a clean dataset without issues, with spans, zones and focus', () => {
    const { dataset, issues } = ok({
      $schema: './schema.json',
      title: { en: 'Debut', ja: 'デビュー' },
      focus: { from: '2025-10-20', to: '2025-10-31' },
      actors: [{ id: 'a', name: 'A', kind: 'country', role: { en: 'R' }, country: 'japan' }],
      events: [
        {
          id: 'summit',
          title: 'Summit',
          type: 'summit',
          start: '2025-10-26',
          end: '2025-10-28',
          actors: ['a'],
        },
        { id: 'call', title: 'Call', type: 'call', start: '2025-10-25T21:30', timezone: 'Asia/Kuala_Lumpur' },
        { id: 'era', title: 'Era', start: '2025' },
      ],
    });
    expect(issues).toEqual([]);
    expect(dataset.focus).toEqual({ from: Date.UTC(2025, 9, 20), to: Date.UTC(2025, 10, 1) });
    expect(dataset.actors).toEqual([
      { id: 'a', name: 'A', kind: 'country', role: { en: 'R' }, country: 'japan' },
    ]);
    expect(dataset.events.map((e) => [e.id, e.t0, e.t1])).toEqual([
      ['era', Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)],
      ['call', Date.UTC(2025, 9, 25, 21, 30), Date.UTC(2025, 9, 25, 21, 30)],
      ['summit', Date.UTC(2025, 9, 26), Date.UTC(2025, 9, 29)],
    ]);
    expect(dataset.events[1]).toMatchObject({
      type: 'call',
      status: 'occurred',
      timezone: 'Asia/Kuala_Lumpur',
    });
    expect(dataset.events[1]?.start.instant).toBe(Date.UTC(2025, 9, 25, 13, 30));
    expect(dataset.events[0]).toMatchObject({
      type: 'other',
      actors: [],
      topics: [],
      quotes: [],
      sources: [],
      related: [],
    });
  });

  it('sorts events by t0, then t1, then id', () => {
    const { dataset } = ok({
      title: 'T',
      events: [
        { id: 'b', title: 'B', start: '2025-10-25' },
        { id: 'long', title: 'Long', start: '2025-10-25', end: '2025-10-27' },
        { id: 'a', title: 'A', start: '2025-10-25' },
        { id: 'month', title: 'Month', start: '2025-10' },
        { id: 'first', title: 'First', start: '2025-10-24T23:59+09:00' },
      ],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['month', 'first', 'a', 'b', 'long']);
  });

  it('needs an offset or a valid zone for a local date-time, and says so', () => {
    const { dataset, issues } = ok({
      title: 'T',
      events: [{ id: 'x', title: 'X', start: '2025-10-25T21:30', timezone: 'Asia/Nowhere' }],
    });
    expect(dataset.events).toEqual([]);
    expect(issues.map(line)).toEqual([
      'warning events[0].timezone <x>: "Asia/Nowhere" is not a known IANA time zone (such as "Asia/Tokyo"); it was ignored',
      'error events[0].start <x>: "2025-10-25T21:30" has no UTC offset: add one (e.g. "2025-10-25T21:30+08:00") or give the event a timezone; the event was skipped',
    ]);
  });

  it('repairs a missing title, lists and links in other shapes', () => {
    const { dataset, issues } = ok({
      actors: 'none',
      events: [
        {
          id: 'x',
          title: 'X',
          start: '2025-10-25',
          end: 20251026,
          actors: 'takaichi',
          location: { country: 'Japan' },
          sources: [
            { name: 'Relative', url: '/news/1' },
            { name: 'Data', url: 'data:text/html,<b>x</b>' },
          ],
          quotes: [{ speaker: 'x', text: 'y', source: -1 }],
        },
      ],
    });
    expect(dataset.title).toBe(UNTITLED);
    expect(dataset.events[0]?.sources).toEqual([{ name: 'Relative' }, { name: 'Data' }]);
    expect(issues.map(line)).toEqual([
      'warning title: the dataset has no title; it is shown as "Untitled timeline"',
      'warning actors: expected a list of actors, not "none"; it was ignored',
      'warning events[0].end <x>: a date must be text such as "2025-10-25", not the number 20251026; the end was dropped, so the event is drawn at its start',
      'warning events[0].location.name <x>: the location has no name; the location was dropped',
      'warning events[0].actors <x>: expected a list of actor ids, not "takaichi"; it was ignored',
      'warning events[0].sources[0].url <x>: "/news/1" is not a full link such as "https://…"; the link was dropped',
      'warning events[0].sources[1].url <x>: links must use http: or https:, not data:; the link was dropped',
      "warning events[0].quotes[0].source <x>: expected the number of one of this event's sources (0 for the first), not the number -1; the reference was dropped",
    ]);
  });

  it('keeps a map point given in range, and drops a bad or half pair with a warning, keeping the event', () => {
    const { dataset, issues } = ok({
      title: 'T',
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2025-10-25',
          location: { name: 'Tokyo', lat: 35.6812, lon: 139.7671 },
        },
        { id: 'b', title: 'B', start: '2025-10-26', location: { name: 'Nowhere', lat: 95, lon: 10 } },
        { id: 'c', title: 'C', start: '2025-10-27', location: { name: 'Half', country: 'Japan', lat: 35 } },
      ],
    });
    expect(dataset.events.map((e) => e.location)).toStrictEqual([
      { name: 'Tokyo', lat: 35.6812, lon: 139.7671 },
      { name: 'Nowhere' },
      { name: 'Half', country: 'Japan' },
    ]);
    expect(issues.map(line)).toEqual([
      'warning events[1].location <b>: lat 95 is not a number of degrees from -90 to 90; the map point was dropped and the event kept',
      'warning events[2].location <c>: "lat" and "lon" go together, but "lon" is missing; the map point was dropped and the event kept',
    ]);
  });

  it('says which language tag or text of a per-language text is wrong', () => {
    const { dataset, issues } = ok({
      title: { en: 'T', ja: 'ティー' },
      events: [
        { id: 'a', title: { English: 'A' }, start: '2025-10-25' },
        { id: 'b', title: { en: 'B', ja: '' }, summary: { en: 5 }, start: '2025-10-25' },
        { id: 'c', title: '   ', start: '2025-10-25' },
      ],
    });
    expect(dataset.events.map((e) => [e.id, e.title])).toEqual([['b', { en: 'B', ja: '' }]]);
    expect(issues.map(line)).toEqual([
      'error events[0].title <a>: "English" is not a language tag; use tags such as "en", "ja" or "zh-Hant"; the event was skipped',
      'warning events[1].summary <b>: the "en" text must be text, not the number 5; it was dropped',
      'error events[2].title <c>: the event has no title; the event was skipped',
    ]);
  });

  it('is fatal only when there is no dataset to show', () => {
    expect(validateDataset([])).toEqual({
      fatal: [
        {
          path: '',
          severity: 'error',
          message: expect.stringMatching(
            /^a dataset must be a JSON object with an "events" list .*not a list; .*vis-timeline list of items/,
          ) as string,
          code: 'datasetNotObject',
          params: expect.objectContaining({ hint: { code: 'hintVisList' } }) as object,
        },
      ],
    });
    expect(validateDataset(null)).toMatchObject({
      fatal: [{ message: expect.stringContaining('not null') }],
    });
    expect(validateDataset({ title: 'T' })).toEqual({
      fatal: [
        {
          path: 'events',
          severity: 'error',
          message: 'the dataset has no "events" list',
          code: 'noEventsList',
        },
      ],
    });
    expect(validateDataset({ title: 'T', events: {} })).toEqual({
      fatal: [
        expect.objectContaining({
          path: 'events',
          severity: 'error',
          message: '"events" must be a list of events, not an object',
          code: 'eventsNotList',
        }) as object,
      ],
    });
    expect(ok({ title: 'Empty', events: [] })).toEqual({
      dataset: { title: 'Empty', actors: [], topics: [], events: [] },
      issues: [],
    });
  });
});
