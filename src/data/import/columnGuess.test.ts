import { describe, expect, it } from 'vitest';
import {
  columnLabels,
  fillPattern,
  guessColumns,
  looksLikeDate,
  patternOf,
  readMapArgument,
} from './columnGuess';
import { readCsv } from './csvTable';

const guess = (csv: string) => guessColumns(readCsv(csv));

describe('guessColumns', () => {
  it('matches English header names, checking the values fit', () => {
    expect(
      guess(
        'Start time,End Time,Mission,Description,Image\n11 November 2013,2014,Pilot,' +
          'x'.repeat(80) +
          ',https://e.org/a.png\n',
      ),
    ).toEqual({
      start: 'Start time',
      end: 'End Time',
      title: 'Mission',
      summary: 'Description',
      media: 'Image',
    });
  });

  it('matches Japanese header names', () => {
    expect(
      guess(
        '件名,日付,終了日,概要,人物,場所,緯度,経度\n会談,2025-10-28,2025-10-29,首脳会談,高市,東京,35.6,139.7\n',
      ),
    ).toEqual({
      title: '件名',
      start: '日付',
      end: '終了日',
      summary: '概要',
      actors: '人物',
      place: '場所',
      lat: '緯度',
      lon: '経度',
    });
  });

  it('finds dates by their values when no header names them, and composes a title of short text columns', () => {
    const csv =
      ',0,1,2,3,4,5\n' +
      '0,19-Feb-2009,19-Feb-2009,\u00a0Canada,Ottawa,Met with Governor General Michaëlle Jean and Prime Minister Stephen Harper.[6],President Barack Obama\n' +
      '1,31-Mar-2009,3-Apr-2009,\u00a0United Kingdom,London,Attended the G20 Economic Summit. Met with Queen Elizabeth II.,President Barack Obama\n';
    expect(guess(csv)).toEqual({
      start: '0',
      end: '1',
      summary: '4',
      title: '{2} – {3} – {5}',
    });
  });

  it('composes "who did what to whom" for event data without titles', () => {
    const tsv =
      'Event ID\tEvent Date\tSource Name\tEvent Text\tTarget Name\tCity\n' +
      '1\t2018-06-01\tMike Pompeo\tMake a visit\tKim Yong-chol\tNew York\n';
    expect(guess(tsv)).toMatchObject({
      id: 'Event ID',
      start: 'Event Date',
      title: '{Source Name} – {Event Text} – {Target Name}',
      place: 'City',
    });
  });

  it('guesses a Type column by its name in English or Japanese when its values are event types', () => {
    expect(guess('Title,Date,Type\nA,2025-10-28,Summit\nB,2025-10-29,phone call\n').type).toBe('Type');
    expect(guess('件名,日付,種別\n会談,2025-10-28,首脳会議\n').type).toBe('種別');
    // A column of types under another name is found by its values.
    expect(guess('Title,Date,What\nA,2025-10-28,Summit\nB,2025-10-29,Visit\n').type).toBe('What');
    // TimelineJS's "type" column holds "title" and "era": not ours.
    expect(guess('title,date,type\nA,1915,title\nB,1916,\n').type).toBeUndefined();
  });

  it('composes a place of a city column and a country column', () => {
    const tsv =
      'Event Date\tSource Name\tEvent Text\tTarget Name\tCity\tProvince\tCountry\n' +
      '2018-06-01\tMike Pompeo\tMake a visit\tKim Yong-chol\tNew York City\tstate of New York\tUnited States\n';
    expect(guess(tsv).place).toBe('{City}, {Country}');
    expect(guess('title,date,都市,国\n会談,2025-10-28,東京,日本\n').place).toBe('{都市}, {国}');
  });

  it('does not take a header name when the values say otherwise', () => {
    // "source" here is a name, not a link; "date" holds no dates.
    expect(guess('title,date,when,source\nA,soon,2025-01-02,Archive\n')).toEqual({
      title: 'title',
      start: 'when',
    });
  });
});

describe('column helpers', () => {
  it('labels blank and repeated headers so each column has a name', () => {
    expect(columnLabels(['', 'a', 'b', 'a'])).toEqual(['Column 1', 'a (2)', 'b', 'a (4)']);
  });

  it('fills a title pattern, leaving out the separators of empty parts', () => {
    const cells: Record<string, string> = { A: 'Pompeo', B: 'Make a visit', C: '' };
    expect(fillPattern('{A} – {B} – {C}', (l) => cells[l] ?? '')).toBe('Pompeo – Make a visit');
    expect(fillPattern('{C} – {B}', (l) => cells[l] ?? '')).toBe('Make a visit');
    expect(fillPattern('Trip: {A}', (l) => cells[l] ?? '')).toBe('Trip: Pompeo');
  });

  it('writes the pattern of several columns with what joins each field', () => {
    expect(patternOf('actors', ['Source Name', 'Target Name'])).toBe('{Source Name}; {Target Name}');
    expect(patternOf('place', ['City', 'Country'])).toBe('{City}, {Country}');
    expect(patternOf('title', ['A', 'B'])).toBe('{A} – {B}');
  });

  it('tells dates from plain numbers', () => {
    expect(looksLikeDate('April-May 1945')).toBe(true);
    expect(looksLikeDate('25-Mar-2012[15]')).toBe(true);
    expect(looksLikeDate('3300 BC')).toBe(true);
    expect(looksLikeDate('45955')).toBe(true);
    expect(looksLikeDate('040')).toBe(false);
    expect(looksLikeDate('Ottawa')).toBe(false);
  });

  it('reads --map arguments against the labels, naming what is wrong', () => {
    const labels = ['Mission', 'Start time', 'Source Name'];
    expect(readMapArgument('title=Mission', labels)).toEqual({ field: 'title', value: 'Mission' });
    expect(readMapArgument('Start = start time', labels)).toEqual({ field: 'start', value: 'Start time' });
    expect(readMapArgument('title={source name} – {Mission}', labels)).toEqual({
      field: 'title',
      value: '{Source Name} – {Mission}',
    });
    expect(readMapArgument('actors={Source Name}; {mission}', labels)).toEqual({
      field: 'actors',
      value: '{Source Name}; {Mission}',
    });
    expect(readMapArgument('place={Source Name}, {Country}', labels)).toEqual({
      problem: expect.stringContaining('the file has no column "Country"'),
    });
    expect(readMapArgument('type=Mission', labels)).toEqual({ field: 'type', value: 'Mission' });
    expect(readMapArgument('media=(none)', labels)).toEqual({ field: 'media', value: undefined });
    expect(readMapArgument('colour=Mission', labels)).toEqual({
      problem: expect.stringContaining('"colour" is not a field'),
    });
    expect(readMapArgument('start=Date', labels)).toEqual({
      problem: expect.stringContaining('the file has no column "Date"'),
    });
    expect(readMapArgument('title', labels)).toEqual({
      problem: expect.stringContaining('must read field=column'),
    });
  });
});
