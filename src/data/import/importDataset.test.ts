import { readFileSync } from 'node:fs';
import { englishLines, englishNotes } from './reportEnglish.fixture';
import { describe, expect, it } from 'vitest';
import { textIn } from '../text';
import { fileTitleOf, ImportError, importDataset } from './importDataset';
import { describeIssue } from '../validate/issues';

const sample = (name: string) => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');

function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('importDataset: TimelineJS JSON', () => {
  const { dataset, report, issues } = importDataset(sample('timelinejs-asean.json'), 'asean.json');
  const byTitle = (title: string) => dataset.events.find((e) => e.title === title);

  it('is recognised and maps slides to events, keeping each date’s precision', () => {
    expect(report.format).toBe('timelinejs-json');
    expect(report.inputCount).toBe(5);
    expect(report.eventCount).toBe(5); // the 500 BCE slide too (deep time, issue 13)
    expect(issues).toEqual([]);
    expect(byTitle('ASEAN summit opens')?.start.precision).toBe('day');
    expect(byTitle('ASEAN summit opens')?.end?.day).toBe(28);
    expect(byTitle('Shipbuilding talks')?.start).toMatchObject({ precision: 'month', year: 2025, month: 10 });
    expect(byTitle('A year of summits')?.start).toMatchObject({ precision: 'year', year: 2025 });
  });

  it('reads times without a zone as UTC and says so', () => {
    const call = byTitle('Takaichi & Trump call');
    expect(call?.start).toMatchObject({ precision: 'minute', hour: 13, minute: 30, offsetMinutes: 0 });
    expect(englishNotes(report.notes).join(' ')).toMatch(/1 time has no time zone .* read as UTC/);
  });

  it('turns HTML into plain text and keeps links as sources', () => {
    expect(dataset.title).toBe('ASEAN week in Kuala Lumpur');
    expect(dataset.description).toBe('Leaders’ meetings, 26–28 October 2025.');
    const opening = dataset.events.find((e) => e.id === 'asean-opening');
    expect(opening?.summary).toBe('The 47th summit opens. ASEAN statement');
    expect(opening?.sources).toEqual([{ name: 'ASEAN statement', url: 'https://asean.org/47th-summit' }]);
    expect(byTitle('Takaichi & Trump call')?.summary).toBe('First phone call.\nTen minutes long.');
  });

  it('makes each group a topic', () => {
    expect(dataset.topics.map((t) => [t.id, t.label])).toEqual([
      ['asean', 'ASEAN'],
      ['alliance', 'Alliance'],
    ]);
    expect(byTitle('Shipbuilding talks')?.topics).toEqual(['alliance']);
  });

  it('keeps media with caption and credit, display dates, backgrounds and eras', () => {
    const opening = dataset.events.find((e) => e.id === 'asean-opening');
    expect(opening?.media).toEqual([
      { url: 'https://www.nhk.or.jp/news/asean', kind: 'link', caption: 'Leaders line up', credit: 'NHK' },
    ]);
    expect(opening?.displayDate).toBe('26–28 October');
    expect(byTitle('Shipbuilding talks')?.background).toEqual({ color: '#123456' });
    expect(dataset.eras).toEqual([
      expect.objectContaining({
        id: 'diplomatic-debut',
        title: 'Diplomatic debut',
        t0: Date.UTC(2025, 9, 20),
      }),
    ]);
  });

  it('lists only what has no place as not imported: markup without a link, unusable slides', () => {
    const dropped = report.dropped.map((d) => `${d.where}: ${d.message}`);
    // events[4] (the year -500) is deep time's to read (issue 13, point 3); the rest is what has no place.
    expect(dropped.filter((line) => !line.startsWith('events[4]'))).toEqual([
      'events[3]: media.url is markup without a link ("embed"); it was not imported',
      'title: the title slide’s media was not imported: it has no place in our format',
    ]);
    expect(byTitle('A year of summits')?.media).toBeUndefined();
  });
});

describe('importDataset: TimelineJS Google Sheets CSV', () => {
  const { dataset, report } = importDataset(sample('timelinejs-sheet.csv'), 'Takaichi sheet.csv');

  it('reads the template’s columns, the title row and 12-hour times', () => {
    expect(report.format).toBe('timelinejs-csv');
    expect(dataset.title).toBe("Takaichi's debut");
    expect(dataset.description).toBe('October 2025, from MOFA');
    const call = dataset.events.find((e) => e.title === 'Call with Trump');
    expect(call?.start).toMatchObject({ hour: 21, minute: 30, offsetMinutes: 0 });
    expect(call?.end).toMatchObject({ hour: 21, minute: 40 });
    expect(call?.media).toEqual([{ url: 'https://www.mofa.go.jp/call', kind: 'link', credit: 'MOFA Japan' }]);
    expect(dataset.events.find((e) => e.title === 'Shipbuilding memorandum')?.summary).toBe(
      'Signed in Tokyo\nlate October',
    );
    expect(dataset.events.find((e) => e.title === 'A year of summits')?.start.precision).toBe('year');
  });

  it('reports per row what it could not import', () => {
    const dropped = report.dropped.map((d) => `${d.where}: ${d.message}`);
    expect(dropped).toEqual(
      expect.arrayContaining([expect.stringMatching(/^row 7: time "noon" is not a time/)]),
    );
    expect(dataset.eras?.map((e) => e.title)).toEqual(['Debut']);
    expect(dataset.events.find((e) => e.title === 'A year of summits')?.background).toEqual({
      color: '#ffffff',
    });
    expect(dataset.events.find((e) => e.title === 'Tokyo summit')?.start.precision).toBe('day');
    expect(report.origins).toEqual(['row 3', 'row 4', 'row 5', 'row 7']);
  });
});

describe('importDataset: our flat CSV', () => {
  const csv = [
    '\uFEFFid,title,type,start,end,timezone,status,location,actors,topics,summary,source_name,source_url,notes',
    'call,"Call, with Trump",call,2025-10-25 21:30,,Asia/Kuala_Lumpur,,Kuala Lumpur,Sanae Takaichi;trump,alliance,"Said:\n""Hello""",MOFA,https://www.mofa.go.jp/,x',
    ',Summit in Tokyo,SUMMIT,28/10/2025,,,scheduled,Tokyo,trump,Alliance,,,,',
    ',Excel serial,other,45955,,,,,,,,,,',
    ',Excel with time,other,45955.5625,,,,,,,,,,',
    ',Bad date,other,Oct 2x,,,,,,,,,,',
  ].join('\r\n');
  const { dataset, report, issues } = importDataset(csv, 'my-events.csv');
  const byTitle = (title: string) => dataset.events.find((e) => textIn(e.title, 'en') === title);

  it('handles a byte-order mark, quoted commas and line breaks in cells', () => {
    expect(report.format).toBe('flat-csv');
    expect(dataset.title).toBe('my-events');
    const call = byTitle('Call, with Trump');
    expect(call?.summary).toBe('Said:\n"Hello"');
    expect(call?.start).toMatchObject({ hour: 21, minute: 30, offsetMinutes: 480 });
    expect(call?.location?.name).toBe('Kuala Lumpur');
    expect(call?.sources).toEqual([{ name: 'MOFA', url: 'https://www.mofa.go.jp/' }]);
  });

  it('creates actors and topics from names, reusing ids and names alike', () => {
    expect(dataset.actors.map((a) => [a.id, a.name])).toEqual([
      ['sanae-takaichi', 'Sanae Takaichi'],
      ['trump', 'trump'],
    ]);
    expect(byTitle('Call, with Trump')?.actors).toEqual(['sanae-takaichi', 'trump']);
    expect(dataset.topics.map((t) => t.id)).toEqual(['alliance', 'alliance-2']);
  });

  it('reads spreadsheet dates: day-first slashes and Excel serial numbers', () => {
    const summit = byTitle('Summit in Tokyo');
    expect(summit?.start).toMatchObject({ precision: 'day', year: 2025, month: 10, day: 28 });
    expect(summit?.type).toBe('summit');
    expect(summit?.status).toBe('scheduled');
    expect(summit?.id).toBe('summit-in-tokyo-2025-10-28');
    expect(byTitle('Excel serial')?.start).toMatchObject({
      precision: 'day',
      year: 2025,
      month: 10,
      day: 25,
    });
    expect(byTitle('Excel with time')?.start).toMatchObject({ hour: 13, minute: 30, offsetMinutes: 0 });
    expect(englishNotes(report.notes).join(' ')).toMatch(/1 time has no time zone .* read as UTC/);
  });

  it('lists unknown columns and unusable rows, row by row', () => {
    expect(englishLines(report.dropped)).toContainEqual({
      where: 'column "notes"',
      message: 'the column was not imported: it is not one of our CSV columns',
    });
    const skipped = issues.filter((i) => i.severity === 'error');
    expect(describeIssue(skipped[0]!, report.origins)).toBe(
      'row 6 "bad-date-2" (Bad date): start: "Oct 2x" is not an ISO date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM); the event was skipped',
    );
    expect(describeIssue(skipped[0]!, report.origins)).toMatch(/^row 6 "[^"]+" \([^)]*\): start: /);
    expect(report.inputCount).toBe(5);
    expect(report.eventCount).toBe(4);
  });

  it('reads month-first files when a value can only be month-first', () => {
    const us = importDataset('title,start\nA,10/25/2025\nB,03/04/2025', 'us.csv');
    expect(us.dataset.events.map((e) => [e.start.month, e.start.day])).toEqual([
      [3, 4],
      [10, 25],
    ]);
    expect(englishNotes(us.report.notes).join(' ')).toContain('month first');
  });

  it('reads a span in a start cell of our CSV, with the precision of each side', () => {
    const { dataset } = importDataset('title,start\nWar,1939–1945\nTalks,March 3 - 5 2020\n', 'spans.csv');
    expect(dataset.events.map((e) => [e.start.year, e.start.precision, e.end?.year])).toEqual([
      [1939, 'year', 1945],
      [2020, 'day', 2020],
    ]);
  });

  it('reads types as matched tables do: any case, and as the app names them', () => {
    const { dataset } = importDataset(
      'title,start,type\nA,2025-10-25,Phone call\nB,2025-10-28,SUMMIT\n',
      't.csv',
    );
    expect(dataset.events.map((e) => e.type)).toEqual(['call', 'summit']);
  });

  it('reads semicolon-separated files as Excel writes them in many locales', () => {
    const { dataset: d } = importDataset('title;start;summary\n"A; B";2025-10-25;"x, y"', 'eu.csv');
    expect(d.events[0]?.title).toBe('A; B');
    expect(d.events[0]?.summary).toBe('x, y');
  });
});

describe('importDataset: our JSON and unusable files', () => {
  it('imports our JSON as it is, titling an untitled file after its name', () => {
    const json = JSON.stringify({ events: [{ id: 'a', title: 'A', start: '2025-10' }] });
    const { dataset, report } = importDataset(json, 'folder/Kuala Lumpur week.json');
    expect(report.format).toBe('native-json');
    expect(dataset.title).toBe('Kuala Lumpur week');
    expect(englishNotes(report.notes)).toEqual([
      'The file has no title; it is called "Kuala Lumpur week" after its file name.',
    ]);
  });

  it('refuses what it cannot use, saying why', () => {
    expect(failure(() => importDataset('', 'e.csv')).message).toBe(
      '"e.csv" cannot be used: the file is empty.',
    );
    expect(failure(() => importDataset('{"events": [', 'x.json')).message).toMatch(/not valid JSON/);
    expect(failure(() => importDataset('a,b\n1,2', 'x.csv')).message).toMatch(
      /no column of its first row \(a, b\) could be matched to Start/,
    );
    expect(failure(() => importDataset('{"title": "T"}', 'x.json')).message).toBe(
      '"x.json" cannot be used: events: the dataset has no "events" list.',
    );
    const none = failure(() => importDataset('title,start\nA,never', 'x.csv'));
    expect(none.message).toMatch(
      /^"x\.csv" cannot be used: its only event could not be used \(row 2 "a" \(A\): start: "never" is not an ISO date/,
    );
    expect(none.issues[0]?.path).toBe('events[0].start');
  });

  it('titles files after their names', () => {
    expect(fileTitleOf('https://example.org/data/My%20events.csv?x=1')).toBe('My events');
    expect(fileTitleOf('C:\\Users\\me\\timeline.json')).toBe('timeline');
  });
});

describe('ids made from titles', () => {
  it('keep Japanese voiced marks whole', () => {
    const { dataset } = importDataset('title,start\nデビュー,2025-10-21\n', 'ja.csv');
    expect(dataset.events[0]?.id).toBe('デビュー-2025-10-21');
  });
});
