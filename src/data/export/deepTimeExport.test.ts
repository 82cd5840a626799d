import { describe, expect, it } from 'vitest';
import { importDataset } from '../import/importDataset';
import { eventsToCsv } from './toCsv';
import { datasetJsonText } from './toJson';
import { eventsToIcs, icsLeftOut } from './toIcs';

const { dataset } = importDataset(
  JSON.stringify({
    title: 'Deep time',
    events: [
      { id: 'big-bang', title: 'Big Bang', start: '-13800000000' },
      { id: 'ides', title: 'Ides of March', start: '-0044-03-15' },
      { id: 'pompeii', title: 'Vesuvius', start: '0079-10-24' },
      { id: 'far', title: 'Far future', start: '+12000' },
    ],
  }),
  'deep.json',
);

describe('exports beyond 0001–9999', () => {
  it('keeps every date as ISO expanded years in JSON and CSV', () => {
    const json = JSON.parse(datasetJsonText(dataset, dataset.events)) as { events: { start: string }[] };
    expect(json.events.map((e) => e.start)).toEqual(['-13800000000', '-0044-03-15', '0079-10-24', '+12000']);
    const csv = eventsToCsv(dataset.events, 'en');
    expect(csv).toContain('-0044-03-15');
    expect(csv).toContain('-13800000000');
  });

  it('leaves out of iCalendar what it cannot write, and counts them', () => {
    const ics = eventsToIcs(dataset, dataset.events, { now: 0 });
    expect(ics).toContain('DTSTART;VALUE=DATE:00791024');
    expect(ics).not.toContain('Ides of March');
    expect(ics).not.toContain('Big Bang');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(icsLeftOut(dataset.events)).toBe(3);
  });
});
