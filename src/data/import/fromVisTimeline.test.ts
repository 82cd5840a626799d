import { describe, expect, it } from 'vitest';
import { englishLines } from './reportEnglish.fixture';
import { englishImport } from './importText';
import { importDataset } from './importDataset';
import { visDate, visTimelineInput } from './fromVisTimeline';

describe('vis-timeline items', () => {
  it('recognises a list of items and the {items|data, groups} wrapper, not other JSON', () => {
    expect(visTimelineInput([{ id: 1, content: 'a', start: '2014-04-20' }])).toBeDefined();
    expect(visTimelineInput({ data: [{ content: 'a', start: 1 }], groups: [] })).toBeDefined();
    expect(visTimelineInput({ items: [{ content: 'a', start: 1 }] })).toBeDefined();
    expect(visTimelineInput([{ title: 'a', year: 1945 }])).toBeUndefined();
    expect(visTimelineInput({ events: [], items: [{ content: 'a', start: 1 }] })).toBeUndefined();
  });

  it('reads epoch milliseconds as UTC and ISO text as written', () => {
    expect(visDate(1424850541000)).toEqual({ iso: '2015-02-25T07:49:01Z' });
    expect(visDate(1424822400000)).toEqual({ iso: '2015-02-25T00:00Z' });
    expect(visDate('2014-04-20')).toEqual({ iso: '2014-04-20' });
    expect(visDate('2014-04-20 10:30')).toEqual({ iso: '2014-04-20T10:30Z' });
    const refused = visDate(null);
    expect('problem' in refused && englishImport(refused.problem)).toBe(
      'expected a date or a time in milliseconds, not null',
    );
  });

  it('converts content HTML to a plain title and groups to topics named by their content', () => {
    const json = JSON.stringify({
      items: [
        { id: 1, content: '<b>Summit</b> &amp; talks', start: 1424850541000, group: 'g1', title: 'Tooltip' },
        { id: 2, content: 'Era', start: '2015-01-01', end: '2015-02-01', type: 'background' },
        { id: 3, content: 'Range', start: '2015-01-01', end: '2015-02-01', type: 'range', className: 'red' },
        { id: 4, content: 'No date', start: null },
      ],
      groups: [{ id: 'g1', content: '<i>Leaders</i>' }],
    });
    const { dataset, report } = importDataset(json, 'vis.json');
    expect(report.format).toBe('vis-timeline-json');
    expect(dataset.events.map((e) => [e.id, e.title, e.summary, e.topics])).toEqual([
      ['3', 'Range', undefined, []],
      ['1', 'Summit & talks', 'Tooltip', ['g1']],
    ]);
    expect(dataset.topics).toEqual([expect.objectContaining({ id: 'g1', label: 'Leaders' })]);
    expect(englishLines(report.dropped)).toEqual([
      {
        where: 'item 2 (“Era”)',
        message: 'a background item (a shaded period) was not imported as an event',
      },
      {
        where: 'item 4 (“No date”)',
        message: 'start: expected a date or a time in milliseconds, not null; the item was not imported',
      },
    ]);
  });
});
