import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../load/bundledDataset';
import { importDataset } from '../import/importDataset';
import type { TimelineEvent } from '../model';
import { DatasetSchema } from '../schema';
import { textIn } from '../text';
import { datasetJsonText, datasetToJson } from './toJson';
import { eventsToCsv } from './toCsv';

const { dataset } = await loadBundledDataset();

describe('export as our JSON', () => {
  it('is valid against the schema and imports back to the same events', () => {
    const exported = datasetToJson(dataset, dataset.events);
    expect(DatasetSchema.safeParse(exported).success).toBe(true);
    const back = importDataset(datasetJsonText(dataset, dataset.events), 'export.json');
    expect(back.issues).toEqual([]);
    expect(back.dataset.events).toEqual(dataset.events);
    expect(back.dataset.title).toEqual(dataset.title);
    expect(back.dataset.actors).toEqual(dataset.actors);
    expect(dataset.focus).toBeDefined();
    expect(back.dataset.focus).toEqual(dataset.focus);
  });

  it('keeps only the actors and topics the chosen events use, and related ids among them', () => {
    const chosen = dataset.events.filter((e) => e.related.length > 0).slice(0, 1);
    const exported = datasetToJson(dataset, chosen);
    const used = new Set(chosen.flatMap((e) => e.actors));
    expect(exported.actors?.map((a) => a.id).sort()).toEqual([...used].sort());
    expect(exported.events[0]?.related).toBeUndefined();
    expect(exported.focus).toBeUndefined();
    expect(DatasetSchema.safeParse(exported).success).toBe(true);
  });
});

/** What a CSV row can hold of an event: one language, the first source's name and link, the place's name. */
function csvView(e: TimelineEvent) {
  return {
    id: e.id,
    title: textIn(e.title, 'en'),
    type: e.type,
    start: e.start,
    end: e.end,
    t0: e.t0,
    t1: e.t1,
    timezone: e.timezone,
    status: e.status,
    location: e.location ? textIn(e.location.name, 'en') : undefined,
    actors: e.actors,
    topics: e.topics,
    summary: e.summary === undefined ? undefined : textIn(e.summary, 'en'),
    source: e.sources[0] && { name: e.sources[0].name, url: e.sources[0].url },
  };
}

describe('export as CSV', () => {
  it('imports back to the same events, as far as a row can hold them', () => {
    const back = importDataset(eventsToCsv(dataset.events), 'export.csv');
    expect(back.report.format).toBe('flat-csv');
    expect(back.issues).toEqual([]);
    expect(back.dataset.events.map(csvView)).toEqual(dataset.events.map(csvView));
  });

  it('writes texts in the chosen language, quotes what needs quoting and defuses formulas', () => {
    const [first] = dataset.events;
    const csv = eventsToCsv(
      [{ ...first!, title: '=HYPERLINK("x")', summary: { en: 'a, "b"\nc', ja: '日本語' } }],
      'ja',
    );
    expect(csv.startsWith('\uFEFFid,title,type,start,end')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('日本語');
  });
});
