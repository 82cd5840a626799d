/**
 * The importer over the 24 real files in ../shared/real/ (issue 13, point 7): files other people
 * made, read where they are and never copied into the project. One row per file: the format it is
 * recognised as, the events SOURCES.md counts in it, the events kept, and for every event not kept
 * (or a file refused) the message that says why; rows check the eras and media a file brings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { englishLines, englishNotes } from './reportEnglish.fixture';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, importDataset } from './importDataset';
import { type ImportFormat } from './report';
import { describeIssue } from '../validate/issues';

const CORPUS = fileURLToPath(new URL('../../../../shared/real/', import.meta.url));

/** One event of the file not kept: where (as the report names it) and why. */
interface NotKept {
  readonly where: string;
  readonly why: RegExp;
}

interface Outcome {
  readonly format: ImportFormat;
  /** Events as SOURCES.md counts them (title slides, header rows and eras not counted). */
  readonly counted: number;
  readonly kept: number;
  /** Every counted event not kept, each with its reason: as many as counted − kept. */
  readonly notKept?: readonly NotKept[];
  /** A check of what a person would recognise as theirs. */
  readonly check?: (result: ReturnType<typeof importDataset>) => void;
}

type Expected = Outcome | { readonly refused: RegExp };

const titles = (result: ReturnType<typeof importDataset>) => result.dataset.events.map((e) => e.title);

const EXPECTED: Readonly<Record<string, Expected>> = {
  'tljs3-knightlab-eras.json': {
    format: 'timelinejs-json',
    counted: 20,
    kept: 20,
    check: (result) => expect(result.dataset.eras).toHaveLength(3),
  },
  // Cosmological years, -13800000000 to -3500 (deep time, 13b).
  'tljs3-knightlab-cosmo.json': {
    format: 'timelinejs-json',
    counted: 7,
    kept: 7,
    check: (result) => {
      expect(result.dataset.events[0]?.start.year).toBe(-13_800_000_000);
      expect(result.dataset.events.at(-1)?.start.year).toBe(-3500);
    },
  },
  // BCE years -5410 … -258.
  'tljs3-knightlab-years-bce.json': {
    format: 'timelinejs-json',
    counted: 5,
    kept: 5,
    check: (result) => {
      expect(result.dataset.events.map((e) => e.start.year)).toContain(-5410);
      expect(result.dataset.events.at(-1)?.start.year).toBe(-258);
    },
  },
  // Every slide keeps its media (40 slides have some).
  'tljs3-knightlab-all-media-types.json': {
    format: 'timelinejs-json',
    counted: 41,
    kept: 41,
    check: (result) => expect(result.dataset.events.filter((e) => e.media)).toHaveLength(40),
  },
  // Slides without a headline are titled from their text; the three with neither headline nor text
  // (a video, a tweet, a video) from their media caption, as TimelineJS names them on its axis.
  'tljs3-knightlab-marktwain.json': {
    format: 'timelinejs-json',
    counted: 17,
    kept: 17,
    check: (result) => {
      expect(titles(result)).toEqual(
        expect.arrayContaining(['a Youtube video', 'a tweet', 'another youtube video']),
      );
      expect(englishLines(result.report.dropped)).toContainEqual({
        where: 'events[4]',
        message:
          'the slide has neither headline nor text; its title was taken from its media caption (“a tweet”), as TimelineJS shows it',
      });
    },
  },
  'tljs3-knightlab-women-in-computing.json': { format: 'timelinejs-json', counted: 10, kept: 10 },
  'tljs3-interjust-universal-jurisdiction.json': { format: 'timelinejs-json', counted: 15, kept: 15 },
  'tljs3-hundred-years-war.json': {
    format: 'timelinejs-json',
    counted: 42,
    kept: 42,
    check: (result) => expect(result.dataset.eras).toHaveLength(1),
  },
  'tljs3-msk-bomb-hoax-ru.json': { format: 'timelinejs-json', counted: 2, kept: 2 },
  'tljs3-chronogramm-fr.json': { format: 'timelinejs-json', counted: 2, kept: 2 },
  // Each entry's asset (image, credit, caption) is kept as media (20 entries have one).
  'legacy-tljs2-jinbonet-nis-surveillance-ko.json': {
    format: 'timelinejs2-json',
    counted: 24,
    kept: 24,
    check: (result) => {
      expect(result.dataset.title).toBe('국정원, 도감청의 역사');
      expect(result.dataset.events.map((e) => e.start.precision)).toContain('month');
      expect(result.dataset.events.filter((e) => e.media)).toHaveLength(20);
    },
  },
  'sheet-knightlab-women-in-computing.csv': {
    format: 'timelinejs-csv',
    counted: 10,
    kept: 10,
    check: (result) => {
      const json = importDataset(
        readFileSync(`${CORPUS}tljs3-knightlab-women-in-computing.json`, 'utf8'),
        'women.json',
      );
      expect(titles(result)).toEqual(titles(json));
    },
  },
  'sheet-cdil-demo-timeline.csv': { format: 'timelinejs-csv', counted: 4, kept: 4 },
  'sheet-bogdoll-life-de.csv': { format: 'timelinejs-csv', counted: 24, kept: 24 },
  // The dated title row is the timeline's title (as TimelineJS shows it), not an event.
  'sheet-near-roadmap.csv': {
    format: 'timelinejs-csv',
    counted: 3,
    kept: 2,
    notKept: [{ where: 'title', why: /the title slide’s media was not imported/ }],
  },
  // One row (501, shifted by a Wikipedia rowspan) has no start date.
  'events-us-president-trips-1945-2014.csv': {
    format: 'matched-table',
    counted: 690,
    kept: 689,
    notKept: [
      {
        where: 'row 501 (“Audience with Pope Paul VI. – President Gerald Ford”)',
        why: /the row has no start date; it was not imported/,
      },
    ],
    check: (result) => {
      expect(result.report.columns).toEqual({ title: '{2} – {3} – {5}', start: '0', end: '1', summary: '4' });
      const march = result.dataset.events.find(
        (e) => e.start.year === 2012 && e.start.month === 3 && e.start.day === 25,
      );
      expect(march?.title).toBe(
        'South Korea – Osan Air Base, Korean Demilitarized Zone, Seoul – President Barack Obama',
      ); // "25-Mar-2012[15]"
      const chile = result.dataset.events.find(
        (e) => e.title === 'Chile – Santiago – President Barack Obama',
      );
      expect([chile?.start.year, chile?.start.month, chile?.start.day]).toEqual([2011, 3, 21]); // "21 Mar-2011"
    },
  },
  'events-icews-2018-sample.tab': {
    format: 'matched-table',
    counted: 3705,
    kept: 3705,
    check: (result) => {
      expect(result.report.columns?.title).toBe('{Source Name} – {Event Text} – {Target Name}');
      expect(englishLines(result.report.dropped)).toContainEqual({
        where: 'column "CAMEO Code"',
        message: 'the column was not imported: no field was matched to it',
      });
      expect(result.dataset.topics.map((t) => t.label)).toContain('Make a visit');
      // A place of the city and the country; the country alone where the city is NA.
      expect(result.report.columns?.place).toBe('{City}, {Country}');
      const places = new Set(result.dataset.events.map((e) => e.location?.name));
      expect(places).toContain('Pyongyang, North Korea');
      expect(places).toContain('India');
    },
  },
  'events-cold-war-summits-treaties-de.json': {
    format: 'json-records',
    counted: 27,
    kept: 27,
    check: (result) => expect(result.report.columns).toEqual({ title: 'title', start: 'year' }),
  },
  'vis-timeline-basic.json': { format: 'vis-timeline-json', counted: 6, kept: 6 },
  'vis-timeline-bridge-tweets.json': {
    format: 'vis-timeline-json',
    counted: 2875,
    kept: 2875,
    check: (result) => expect(result.dataset.topics).toHaveLength(7),
  },
  // Three rows have no title (only a date and an image): nothing names them.
  'flat-germantown-ywca.csv': {
    format: 'matched-table',
    counted: 12,
    kept: 9,
    notKept: [
      { where: 'row 6, start 1980', why: /the row has no title/ },
      { where: 'row 9, start 2015', why: /the row has no title/ },
      { where: 'row 11, start 2021', why: /the row has no title/ },
    ],
    check: (result) => {
      // "11-10-2016" is month first: its display_date says "November 10th 2016".
      expect(
        result.dataset.events.some(
          (e) => e.start.year === 2016 && e.start.month === 11 && e.start.day === 10,
        ),
      ).toBe(true);
    },
  },
  // "3300 BC" … "100 BC" are read as -3300 … -0100, which deep time (13b) makes valid.
  'flat-history-of-the-world-bc.csv': {
    format: 'matched-table',
    counted: 48,
    kept: 48,
    check: (result) => expect(result.dataset.events[0]?.start.year).toBe(-3300),
  },
  // The intro row has no date (and is not counted); "April-May 1945 " is a span of two months.
  'flat-abc7-defining-courage.csv': {
    format: 'matched-table',
    counted: 14,
    kept: 14,
    check: (result) => {
      expect(englishLines(result.report.dropped)).toContainEqual({
        where: 'row 2 (“Click the arrow to start”)',
        message: 'the row has no start date; it was not imported',
      });
      expect(result.report.columns).toMatchObject({ lat: 'lat', lon: 'long', media: 'photo' });
      const dachau = result.dataset.events.find((e) => e.title === 'Dachau, Germany');
      expect([dachau?.start.month, dachau?.start.precision, dachau?.end?.month]).toEqual([4, 'month', 5]);
      expect(englishNotes(result.report.notes)).toContain(
        '1 start date was a span ("April-May 1945"); each was read as a start and an end.',
      );
    },
  },
  'flat-flourish-hrt-access-china.csv': {
    format: 'matched-table',
    counted: 6,
    kept: 6,
    check: (result) =>
      expect(result.report.columns).toMatchObject({ title: 'Mission', start: 'Start time', end: 'End Time' }),
  },
};

/** Every reason the report gives for something not kept: where it is, as the app names it, and why. */
function reasons(result: ReturnType<typeof importDataset>): { where: string; message: string }[] {
  return [
    ...result.report.dropped,
    ...result.issues
      .filter((i) => i.severity === 'error')
      .map((i) => {
        const described = describeIssue(i, result.report.origins);
        return { where: described.slice(0, described.length - i.message.length - 2), message: i.message };
      }),
  ];
}

describe.skipIf(!existsSync(CORPUS))('the real corpus in ../shared/real/', () => {
  it('has a row here for every file there', () => {
    const files = readdirSync(CORPUS).filter((f) => f !== 'SOURCES.md');
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const text = readFileSync(`${CORPUS}${file}`, 'utf8');
    if ('refused' in expected) {
      let error: unknown;
      try {
        importDataset(text, file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).message).toMatch(expected.refused);
      return;
    }
    const result = importDataset(text, file);
    expect(result.report.format).toBe(expected.format);
    expect(result.dataset.events).toHaveLength(expected.kept);
    const notKept = expected.notKept ?? [];
    expect(notKept).toHaveLength(expected.counted - expected.kept);
    const given = reasons(result);
    for (const { where, why } of notKept) {
      expect(
        given.filter((r) => r.where === where && why.test(r.message)),
        `${where}: ${String(why)}`,
      ).toHaveLength(1);
    }
    expected.check?.(result);
  });
});
