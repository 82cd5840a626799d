import { describe, expect, it } from 'vitest';
import { importDataset } from '../import/importDataset';
import type { Dataset } from '../model';
import { DatasetSchema } from '../schema';
import { isFatal, validateDataset } from '../validate/validate';
import { eventsToCsv } from './toCsv';
import { eventsToIcs } from './toIcs';
import { datasetJsonText, datasetToJson } from './toJson';

const raw = {
  title: 'Media and eras',
  eras: [
    {
      id: 'cabinet',
      title: { en: 'Takaichi cabinet', ja: '高市内閣' },
      start: '2025-10-21',
      color: '#336699',
    },
    { id: 'asean', title: 'ASEAN week', start: '2025-10-26', end: '2025-10-28' },
  ],
  events: [
    {
      id: 'summit',
      title: 'Summit',
      start: '2025-10-28',
      location: { name: 'Tokyo', lat: 35.68, lon: 139.76 },
      displayDate: 'Late October',
      media: [
        { url: 'https://example.org/summit.jpg', kind: 'image', alt: 'Two leaders', credit: 'Kyodo' },
        { url: 'clips/summit.mp4', kind: 'video' },
      ],
      background: { color: '#000000' },
    },
  ],
};

function dataset(): Dataset {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error('fixture is not usable');
  return result.dataset;
}

describe('exports keep media, eras and the TimelineJS fields', () => {
  it('JSON: valid against the schema, and imports back to the same events and eras', () => {
    const d = dataset();
    const exported = datasetToJson(d, d.events);
    expect(DatasetSchema.safeParse(exported).success).toBe(true);
    expect(exported.eras).toEqual(raw.eras);
    const back = importDataset(datasetJsonText(d, d.events), 'export.json');
    expect(back.issues).toEqual([]);
    expect(back.dataset.events).toEqual(d.events);
    expect(back.dataset.eras).toEqual(d.eras);
  });

  it('CSV: the first medium’s link, which imports back as a medium', () => {
    const d = dataset();
    const csv = eventsToCsv(d.events);
    expect(csv.split('\r\n')[0]?.endsWith(',media')).toBe(true);
    expect(csv).toContain(',https://example.org/summit.jpg');
    const back = importDataset(csv, 'export.csv');
    expect(back.dataset.events[0]?.media).toEqual([{ url: 'https://example.org/summit.jpg', kind: 'image' }]);
  });

  it('ICS: each absolute media link as ATTACH, and the place as GEO', () => {
    const d = dataset();
    const ics = eventsToIcs(d, d.events);
    expect(ics).toContain('ATTACH:https://example.org/summit.jpg\r\n');
    expect(ics).not.toContain('clips/summit.mp4');
    expect(ics).toContain('GEO:35.68;139.76\r\n');
  });
});
