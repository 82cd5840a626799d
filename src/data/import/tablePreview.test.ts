import { describe, expect, it } from 'vitest';
import { readCsv } from './csvTable';
import { previewRows } from './tablePreview';

describe('previewRows', () => {
  const table = readCsv('Mission,When,Where\nLaunch,07 July 2016,Beijing\nIntro,,\nLanding,2019,\n');

  it('shows each row as it would import, or why it would not', () => {
    expect(previewRows(table, { title: 'Mission', start: 'When', place: 'Where' })).toEqual([
      { row: 2, title: 'Launch', start: '2016-07-07', end: '', place: 'Beijing', problem: '' },
      {
        row: 3,
        title: '',
        start: '',
        end: '',
        place: '',
        problem: 'the row has no start date; it was not imported',
      },
      { row: 4, title: 'Landing', start: '2019', end: '', place: '', problem: '' },
    ]);
  });

  it('follows a changed mapping', () => {
    expect(previewRows(table, { title: 'Where', start: 'When' }, 1)).toEqual([
      { row: 2, title: 'Beijing', start: '2016-07-07', end: '', place: '', problem: '' },
    ]);
  });
});
