import { describe, expect, it } from 'vitest';
// The committed file's text as it is on disk, read through Vite (the app's tsconfig has no Node types for node:fs).
import committedSchema from '../../data/schema.json?raw';
import { DatasetSchema, datasetJsonSchema, datasetJsonSchemaText, type RawDataset } from './schema';

type JsonObject = Record<string, unknown>;
function at(schema: unknown, ...keys: string[]): JsonObject {
  let node = schema;
  for (const key of keys) node = (node as JsonObject)[key];
  return node as JsonObject;
}

const example: RawDataset = {
  $schema: './schema.json',
  title: { en: "Takaichi's diplomatic debut", ja: '高市首相の外交デビュー' },
  actors: [{ id: 'takaichi', name: 'Sanae Takaichi', kind: 'person', role: { en: 'Prime Minister' } }],
  topics: [{ id: 'alliance', label: 'US–Japan alliance' }],
  focus: { from: '2025-10-20', to: '2025-10-31' },
  events: [
    {
      id: 'call',
      title: 'Call',
      type: 'call',
      start: '2025-10-25T21:30',
      timezone: 'Asia/Kuala_Lumpur',
      status: 'occurred',
      location: { name: 'Kuala Lumpur', country: 'Malaysia' },
      actors: ['takaichi'],
      topics: ['alliance'],
      quotes: [{ speaker: 'takaichi', text: '…', source: 0 }],
      sources: [{ name: 'NHK', url: 'https://www3.nhk.or.jp/', date: '2025-10-25' }],
      related: [],
    },
  ],
};

describe('the dataset schema', () => {
  it('matches the committed data/schema.json (run `npm run schema` after changing the schema)', () => {
    expect(committedSchema).toBe(datasetJsonSchemaText());
  });

  it('accepts the format of DESIGN.md, and refuses unknown fields and values', () => {
    expect(DatasetSchema.safeParse(example).success).toBe(true);
    expect(
      DatasetSchema.safeParse({ ...example, events: [{ id: 'x', title: 'x', start: 'Oct 25' }] }).success,
    ).toBe(false);
    expect(DatasetSchema.safeParse({ ...example, colour: 'red' }).success).toBe(false);
    expect(
      DatasetSchema.safeParse({ ...example, events: [{ id: 'x', title: 'x', start: '2025', type: 'party' }] })
        .success,
    ).toBe(false);
  });

  it('gives editors patterns, descriptions and enums to autocomplete', () => {
    const schema = datasetJsonSchema();
    const event = at(schema, 'definitions', 'Event', 'properties');
    for (const key of ['start', 'end']) {
      expect(event[key]).toMatchObject({
        type: 'string',
        pattern: expect.any(String),
        description: expect.any(String),
      });
      const pattern = new RegExp(at(event, key).pattern as string);
      for (const value of [
        '2025',
        '2025-10',
        '2025-10-25',
        '2025-10-25T21:30+08:00',
        '2025-10-25T21:30:00.000Z',
      ]) {
        expect(pattern.test(value)).toBe(true);
      }
      expect(pattern.test('Oct 25')).toBe(false);
    }
    expect(at(event, 'type').enum).toEqual([
      'call',
      'meeting',
      'summit',
      'visit',
      'agreement',
      'statement',
      'other',
    ]);
    expect(at(event, 'status').enum).toEqual(['occurred', 'scheduled', 'cancelled']);
    expect(at(schema, 'definitions', 'Actor', 'properties', 'kind').enum).toEqual([
      'person',
      'country',
      'organization',
    ]);
    expect(at(schema, 'properties')).toHaveProperty('$schema');
    expect(at(schema, 'properties', 'focus', 'properties', 'from').pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    expect(schema.required).toEqual(['title', 'events']);
  });
});
