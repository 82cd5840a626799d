/**
 * The fast path is proven, not trusted (STYLE.md habit 12, issue 12): on every input below,
 * `fastEvent` either declines without a trace or returns exactly what the careful validator returns
 * (same fields, same key order) with no issue; and whole datasets validate to the same events and
 * problems with the fast path as without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../bench/generate';
import defaultDataset from '../../../data/events.json';
import type { EventContext } from './eventContract';
import { everyFieldDataset, everyFieldExpected, everyFieldRaw } from './everyFieldEvent.fixture';
import { fastEvent } from './fastEvent';
import { readCsv } from '../import/csvTable';
import { convertFlatCsv, isFlatHeader } from '../import/fromFlatCsv';
import { convertSheetsCsv, isSheetsHeader } from '../import/fromSheetsCsv';
import { convertMappedTable } from '../import/fromMappedTable';
import { guessColumns } from '../import/columnGuess';
import { convertTimelineJs, timelineJsInput } from '../import/fromTimelineJs';
import { columnKey } from '../import/csvTable';
import { messy } from './messyDataset.fixture';
import type { LoadResult } from '../model';
import { isFatal, validateDataset, type FatalResult } from './validate';
import { validateActors, validateTopics } from './validateCatalog';
import { carefulEvent } from './validateEvent';

type Raw = Record<string, unknown>;

/** The validator with its fast path switched off: a second copy of the modules, `fastEvent` declining. */
async function carefulValidator(): Promise<(raw: unknown) => LoadResult | FatalResult> {
  vi.resetModules();
  vi.doMock('./fastEvent', () => ({ fastEvent: () => undefined }));
  const careful = await import('./validate');
  vi.doUnmock('./fastEvent');
  vi.resetModules();
  return careful.validateDataset;
}

/** Every dataset the project ships or tests with, as a raw dataset (imports converted first). */
function fixtureDatasets(): [string, unknown][] {
  const found: [string, unknown][] = [
    ['data/events.json', defaultDataset],
    ['messyDataset.fixture', messy],
    ['everyFieldEvent.fixture', everyFieldDataset],
    ['bench generateDataset(400)', generateDataset(400, { seed: 7 })],
  ];
  const files = [
    ...readdirSync('e2e/data').map((name) => `e2e/data/${name}`),
    ...readdirSync('src/data/import/samples').map((name) => `src/data/import/samples/${name}`),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      const json = JSON.parse(text) as Raw;
      const raw = isTimelineJs(json) ? convertTimelineJs(timelineJsInput(json, file)).raw : json;
      found.push([file, raw]);
    } else if (file.endsWith('.csv')) {
      const table = readCsv(text);
      const keys = table.header.map(columnKey);
      // Our two templates by name; any other table as "Match the columns" first offers it (guessed).
      const conversion = isFlatHeader(keys)
        ? convertFlatCsv(table, file)
        : isSheetsHeader(keys)
          ? convertSheetsCsv(table, file)
          : convertMappedTable(table, guessColumns(table), file);
      found.push([file, conversion.raw]);
    }
  }
  return found;
}

/** A TimelineJS file: events with `start_date` objects (or wrapped in `timeline`). */
function isTimelineJs(json: Raw): boolean {
  const { events } = json;
  if ('timeline' in json) return true;
  return (
    Array.isArray(events) &&
    events.some((e: unknown) => typeof e === 'object' && e !== null && 'start_date' in e)
  );
}

function contextOf(raw: unknown, claimed: readonly string[] = []): EventContext {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Raw;
  return {
    actorIds: new Set(validateActors(record.actors, []).map((a) => a.id)),
    topicIds: new Set(validateTopics(record.topics, []).map((t) => t.id)),
    claimedIds: new Map(claimed.map((id, i) => [id, i])),
    issues: [],
  };
}

const copy = (ctx: EventContext): EventContext => ({
  ...ctx,
  claimedIds: new Map(ctx.claimedIds),
  issues: [...ctx.issues],
});

/** Runs both paths on one raw event in copies of `ctx`; true when the fast path took it. */
function compareOne(raw: unknown, index: number, ctx: EventContext): boolean {
  const fastCtx = copy(ctx);
  const carefulCtx = copy(ctx);
  const fast = fastEvent(raw, index, fastCtx);
  if (fast === undefined) {
    // Declining leaves no trace: the careful path then starts from the same state.
    expect(fastCtx.claimedIds).toEqual(ctx.claimedIds);
    expect(fastCtx.issues).toEqual(ctx.issues);
    return false;
  }
  const careful = carefulEvent(raw, index, carefulCtx);
  expect(carefulCtx.issues.slice(ctx.issues.length)).toEqual([]);
  expect(fast).toStrictEqual(careful);
  // Same key order too: exports and snapshots serialise the object as it is.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(careful));
  expect(fastCtx.claimedIds).toEqual(carefulCtx.claimedIds);
  return true;
}

/** Both paths over a dataset's events in order, as the validator walks them. */
function compareEvents(raw: unknown): { fast: number; all: number } {
  const events = (raw as { events?: unknown }).events;
  if (!Array.isArray(events)) return { fast: 0, all: 0 };
  const ctx = contextOf(raw);
  let fast = 0;
  events.forEach((event, index) => {
    if (compareOne(event, index, ctx)) fast += 1;
    carefulEvent(event, index, ctx); // advance the shared state as the validator would
  });
  return { fast, all: events.length };
}

async function compareDatasets(raws: readonly unknown[]): Promise<void> {
  const careful = await carefulValidator();
  for (const raw of raws) {
    const withFast = validateDataset(raw);
    const without = careful(raw);
    expect(withFast).toStrictEqual(without);
    expect(JSON.stringify(withFast)).toBe(JSON.stringify(without));
  }
}

// ---- Arbitraries: values a hand-written or converted file might hold in each field -----------

/** Mostly what a careful author writes, now and then what a careless one does. */
const mostly = <T, U>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: odd });

const date = mostly(
  fc.constantFrom(
    '2025-10-25',
    '2025-10',
    '2025',
    '2025-10-25T21:30',
    '2025-10-25T21:30+08:00',
    '2024-02-29',
  ),
  fc.constantFrom(
    '2025-10-25T21:30:15Z',
    '2025-10-25T25:00',
    '2025-02-29',
    '2025-13-01',
    '2025-10-32',
    '2025-1-5',
    'Oct 25',
    '25/10/2025',
    '',
    ' 2025-10-25',
    '0000',
    '0001-01-01',
    '9999-12-31',
    '-0044-03-15',
    '+12000',
    '2025-03-30T02:30',
  ),
);
const zone = mostly(
  fc.constantFrom('Asia/Tokyo', 'Europe/Berlin', 'UTC', 'America/New_York'),
  fc.constantFrom('utc', 'Mars/Base', '', 'asia/tokyo'),
);
const text = mostly(
  fc.oneof(
    fc.constantFrom('Summit', 'Ａ', '首脳会談'),
    fc.record(
      { en: fc.constantFrom('Call', 'Talks'), ja: fc.constantFrom('電話', '会談') },
      { requiredKeys: ['en'] },
    ),
  ),
  fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('  ', '', ' padded ', '\u202Eevil'),
    fc.constantFrom({ en: 'x', 'zz-!!': 'y' }, { en: 3 }, { en: '' }, {}, { ja: 'だけ' }),
  ),
);
/** Links the fast path must take exactly as the careful one keeps them, and links it must refuse. */
const link = mostly(
  fc.constantFrom(
    'https://www.example.org/a?b=c#d',
    'http://example.com',
    'https://a.b:8080/x',
    ' https://example.org ',
    'HTTPS://EXAMPLE.ORG',
    'https://例え.jp/',
    'https://xn--r8jz45g.jp',
    'http://1.2.3.4/',
    'http://[::1]/',
  ),
  fc.constantFrom(
    'javascript:alert(1)',
    'ftp://example.org',
    'https://a.b:99999',
    'https://a b.org',
    'https://xn--a.jp',
    'not a url',
    '',
  ),
);
const ref = (known: readonly string[]) =>
  mostly(
    fc.constantFrom(...known),
    fc.oneof(fc.constantFrom('unknown-id', ''), fc.integer(), fc.constant(null)),
  );
const source = mostly(
  fc.record(
    { name: fc.constantFrom('NHK', 'Reuters', 'Kyodo'), url: link, date },
    { requiredKeys: ['name'] },
  ),
  fc.oneof(
    fc.record({ name: text, url: link, date, extra: fc.jsonValue() }, { requiredKeys: [] }),
    fc.jsonValue({ maxDepth: 1 }),
  ),
);
const quote = mostly(
  fc.record(
    { speaker: fc.constantFrom('takaichi', 'Someone'), text, source: fc.integer({ min: 0, max: 2 }) },
    { requiredKeys: ['speaker', 'text'] },
  ),
  fc.oneof(
    fc.record(
      {
        speaker: fc.oneof(fc.constantFrom('', ' '), fc.integer()),
        text,
        source: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.double(), fc.constant('0')),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue({ maxDepth: 1 }),
  ),
);

const media = mostly(
  fc.record(
    {
      url: fc.constantFrom('https://www.example.org/a.jpg', 'images/b.png', 'https://youtu.be/abc'),
      kind: fc.constantFrom('image', 'video', 'link'),
      alt: text,
      caption: text,
      credit: text,
      license: text,
    },
    { requiredKeys: ['url'] },
  ),
  fc.oneof(
    fc.constantFrom(
      { url: 'javascript:alert(1)' },
      { url: '' },
      { kind: 'image' },
      { url: 'a.jpg', kind: 'gif' },
    ),
    fc.jsonValue({ maxDepth: 1 }),
  ),
);

/** A value for one field of an event: usually plausible, sometimes of the wrong kind entirely. */
function fieldValue(
  field: string,
  actors: readonly string[],
  topics: readonly string[],
  ids: readonly string[],
) {
  const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
  const plausible = (() => {
    switch (field) {
      case 'id':
        return mostly(
          fc.constantFrom(...ids),
          fc.oneof(fc.constantFrom(' padded ', ''), fc.string({ maxLength: 6 })),
        );
      case 'start':
      case 'end':
        return date;
      case 'timezone':
        return zone;
      case 'type':
        return mostly(
          fc.constantFrom('call', 'meeting', 'summit', 'other'),
          fc.constantFrom('meting', '', 'Call'),
        );
      case 'status':
        return mostly(fc.constantFrom('occurred', 'scheduled', 'cancelled'), fc.constantFrom('done', ''));
      case 'location':
        return mostly(
          fc.record(
            {
              name: text,
              country: fc.constantFrom('Japan', 'Malaysia'),
              lat: fc.constantFrom(35.68, -90, 0),
              lon: fc.constantFrom(139.76, 180, -0.5),
            },
            { requiredKeys: [] },
          ),
          fc.oneof(
            fc.record({ name: text, country: fc.constantFrom('', 3) }, { requiredKeys: [] }),
            text,
            fc.constant({ name: 'Tokyo', elevation: 40 }),
            fc.constantFrom(
              { lat: 91, lon: 0 },
              { lat: 1 },
              { lat: '35', lon: 139 },
              { lon: Infinity, lat: 0 },
            ),
          ),
        );
      case 'actors':
        return fc.array(ref(actors), { maxLength: 4 });
      case 'topics':
        return fc.array(ref(topics), { maxLength: 3 });
      case 'related':
        return fc.array(ref(ids), { maxLength: 3 });
      case 'sources':
        return fc.array(source, { maxLength: 3 });
      case 'quotes':
        return fc.array(quote, { maxLength: 3 });
      case 'media':
        return fc.array(media, { maxLength: 2 });
      case 'background':
        return mostly(
          fc.record(
            {
              color: fc.constantFrom('#102030', '#ABCDEF'),
              url: fc.constantFrom('bg.jpg', 'https://a.b/c.png'),
            },
            { requiredKeys: [] },
          ),
          fc.constantFrom({ color: 'red' }, { url: 'javascript:x' }, { colour: '#000000' }, '#000000'),
        );
      default:
        return text;
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: plausible }, { weight: 1, arbitrary: wrong });
}

const FIELDS = Object.keys(everyFieldRaw);

/** Changes to a raw event: set a field, drop it, or add one the format does not have. */
function mutation(actors: readonly string[], topics: readonly string[], ids: readonly string[]) {
  return fc.oneof(
    fc
      .constantFrom(...FIELDS)
      .chain((field) => fieldValue(field, actors, topics, ids).map((value) => ({ field, value }))),
    fc.constantFrom(...FIELDS).map((field) => ({ field, value: undefined, drop: true })),
    fc.constantFrom('colour', 'media', 'start_date').map((field) => ({ field, value: 'x' })),
  );
}

function mutate(base: Raw, changes: readonly { field: string; value: unknown; drop?: boolean }[]): Raw {
  const event: Raw = { ...base };
  for (const { field, value, drop } of changes) {
    if (drop) delete event[field];
    else event[field] = value;
  }
  return event;
}

// ---- The properties -------------------------------------------------------------------------

// Thousands of runs: seconds on a quiet machine, more on a shared one.
describe('fastEvent against the careful validator', { timeout: 60_000 }, () => {
  it('takes the every-field event whole, and validation returns every field', () => {
    expect(compareOne(everyFieldRaw, 0, contextOf(everyFieldDataset))).toBe(true);
    const result = validateDataset(everyFieldDataset);
    if (isFatal(result)) throw new Error('fatal');
    expect(result.issues).toEqual([]);
    expect(result.dataset.events.find((e) => e.id === everyFieldRaw.id)).toStrictEqual(everyFieldExpected);
  });

  it('agrees on the default dataset, every fixture and the generated benchmark data', async () => {
    const fixtures = fixtureDatasets();
    expect(fixtures.length).toBeGreaterThan(8);
    let fast = 0;
    for (const [name, raw] of fixtures) {
      const counts = compareEvents(raw);
      expect(counts.all, name).toBeGreaterThan(0);
      fast += counts.fast;
    }
    // The comparison means something only if the fast path takes most clean events.
    expect(fast).toBeGreaterThan(400);
    expect(compareEvents(defaultDataset).fast).toBe(defaultDataset.events.length);
    await compareDatasets(fixtures.map(([, raw]) => raw));
  });

  it('agrees on thousands of mutated events', () => {
    const generated = generateDataset(200, { seed: 3 });
    const pool = [...defaultDataset.events, ...(generated.events as Raw[]), everyFieldRaw] as Raw[];
    const catalogs = [defaultDataset, generated, everyFieldDataset].map((raw) => contextOf(raw));
    const actors = catalogs.flatMap((c) => [...c.actorIds]);
    const topics = catalogs.flatMap((c) => [...c.topicIds]);
    // Ids an earlier event already claimed: an event taking one is skipped as a repeat.
    const claimed = ['claimed-1', 'claimed-2'];
    const ids = [...pool.slice(0, 20).map((e) => String(e.id)), ...claimed];
    const ctx: EventContext = {
      actorIds: new Set(actors),
      topicIds: new Set(topics),
      claimedIds: new Map(claimed.map((id, i) => [id, i])),
      issues: [],
    };
    let taken = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...pool),
        fc.array(mutation(actors, topics, ids), { minLength: 0, maxLength: 2 }),
        fc.nat({ max: 500 }),
        (base, changes, index) => {
          if (compareOne(mutate(base, changes), index, ctx)) taken += 1;
        },
      ),
      { numRuns: 5000, seed: 12 },
    );
    // Unchanged and harmlessly changed events must reach the fast path, or nothing was compared.
    expect(taken).toBeGreaterThan(1000);
  });

  it('agrees on generated datasets, events and problems alike', async () => {
    const actors = ['takaichi', 'trump', 'xi'];
    const topics = ['alliance', 'trade'];
    const ids = ['a', 'b', 'c', 'd'];
    const base = defaultDataset.events[0] as Raw;
    const dataset = fc.record({
      title: text,
      actors: fc.constant(actors.map((id) => ({ id, name: id, kind: 'person' }))),
      topics: fc.constant(topics.map((id) => ({ id, label: id }))),
      events: fc.array(
        fc
          .tuple(fc.constantFrom(...ids), fc.array(mutation(actors, topics, ids), { maxLength: 3 }))
          .map(([id, changes]) => mutate({ ...base, id, actors: ['takaichi'], topics: ['trade'] }, changes)),
        { maxLength: 8 },
      ),
    });
    const samples = fc.sample(dataset, { numRuns: 300, seed: 21 });
    for (const raw of samples) compareEvents(raw);
    await compareDatasets(samples);
  });
});
