import { describe, expect, it } from 'vitest';
import { readCsv } from './csvTable';
import { previewRows } from './tablePreview';

describe('previewRows', () => {
  const table = readCsv('Mission,When,Where\nLaunch,07 July 2016,Beijing\nIntro,,\nLanding,2019,\n');

  it('shows each row as it would import, or why it would not', () => {
    expect(previewRows(table, { title: 'Mission', start: 'When', place: 'Where' })).toEqual([
      {
        row: 2,
        title: 'Launch',
        start: '2016-07-07',
        end: '',
        place: 'Beijing',
        type: '',
        actors: '',
        problems: [],
      },
      {
        row: 3,
        title: '',
        start: '',
        end: '',
        place: '',
        type: '',
        actors: '',
        problems: [{ message: 'the row has no start date; it was not imported', code: 'rowNoStart' }],
      },
      { row: 4, title: 'Landing', start: '2019', end: '', place: '', type: '', actors: '', problems: [] },
    ]);
  });

  it('follows a changed mapping', () => {
    expect(previewRows(table, { title: 'Where', start: 'When' }, 1)).toEqual([
      {
        row: 2,
        title: 'Beijing',
        start: '2016-07-07',
        end: '',
        place: '',
        type: '',
        actors: '',
        problems: [],
      },
    ]);
  });

  it('shows the type, the actors from several columns and every problem of a row', () => {
    const events = readCsv('A,B,When,Kind\nPompeo,Kim,2018-06-01,Meeting\nKim,NA,2018-06-02,Banquet\n');
    const rows = previewRows(events, { title: 'A', start: 'When', actors: '{A}; {B}', type: 'Kind' });
    expect(rows.map((r) => [r.type, r.actors])).toEqual([
      ['meeting', 'Pompeo, Kim'],
      ['', 'Kim'],
    ]);
    expect(rows[1]?.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^type "Banquet" is not an event type/),
    ]);
  });
});
