import { describe, expect, it } from 'vitest';
import { englishLines } from './reportEnglish.fixture';
import { importDataset } from './importDataset';
import { tljs2Date } from './fromTimelineJs2';

describe('TimelineJS 2', () => {
  it('reads its comma-separated dates with the precision given', () => {
    expect(tljs2Date('1961,06,10')).toEqual({ year: '1961', month: '06', day: '10' });
    expect(tljs2Date('1991,9')).toEqual({ year: '1991', month: '9' });
    expect(tljs2Date('2014,1,3,14,30')).toEqual({
      year: '2014',
      month: '1',
      day: '3',
      hour: '14',
      minute: '30',
    });
    expect(tljs2Date('')).toBeUndefined();
  });

  it('converts like TimelineJS3: headline, text, asset, tag; and says what it left out', () => {
    const json = JSON.stringify({
      timeline: {
        headline: '국정원',
        type: 'default',
        text: '<p>History</p>',
        date: [
          {
            startDate: '1961,06,10',
            headline: '중앙정보부',
            text: '<b>Founded</b>',
            tag: 'KCIA',
            asset: { media: 'https://e.org/a.jpg', credit: 'Wiki', caption: 'The building' },
            media: [{ media: 'https://e.org/b.jpg' }],
          },
          { startDate: '1988,12', endDate: '1989,1', headline: 'Black box' },
          { headline: 'No date' },
        ],
        era: { startDate: '', endDate: '', headline: '' },
        extra: { template: 'TouchCarousel' },
      },
    });
    const { dataset, report } = importDataset(json, 'nis.json');
    expect(report.format).toBe('timelinejs2-json');
    expect(dataset.title).toBe('국정원');
    expect(
      dataset.events.map((e) => [e.title, e.start.precision, e.end?.precision, e.summary, e.topics]),
    ).toEqual([
      ['중앙정보부', 'day', undefined, 'Founded', ['kcia']],
      ['Black box', 'month', 'month', undefined, []],
    ]);
    expect(englishLines(report.dropped)).toEqual(
      expect.arrayContaining([
        { where: 'timeline.date[2]', message: 'the entry has no startDate; it was not imported' },
        { where: 'timeline.extra', message: '"extra" was not imported: it is not part of our format' },
        expect.objectContaining({
          where: 'timeline.date[0]',
          message: expect.stringMatching(/^media was not imported/),
        }),
      ]),
    );
  });
});
