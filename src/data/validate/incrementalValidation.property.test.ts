/**
 * The editor's incremental validation is proven, not trusted (STYLE.md habit 12): after every edit
 * of a random sequence (an event changed, inserted, removed or moved; ids repeated and freed;
 * related ids pointing at kept, skipped, missing and the event's own id; actors declared and
 * withdrawn), the remembering validator gives exactly what the whole-dataset validator gives.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate';
import { everyFieldDataset } from './everyFieldEvent.fixture';
import { incrementalValidator } from './incrementalValidation';
import { messy } from './messyDataset.fixture';
import { validateDataset } from './validate';
import { validateEvent } from './validateEvent';

type Raw = Record<string, unknown>;
type Draft = Raw & { events: unknown[] };

/** Values an edited field may take: good, bad, repeated, dangling. */
const FIELD_VALUES: Record<string, readonly unknown[]> = {
  id: ['good', 'bad-start', 'fresh-1', 'fresh-2', '', 7, undefined, ' spaced '],
  title: ['A title', '', { en: 'En', ja: '日' }, 3, undefined],
  start: ['2025-10-25', '2025-10', '-0044-03-15', 'Oct 25', '2025-10-25T21:30+08:00', undefined, 12],
  end: ['2025-10-24', '2025-10-30', 'later', undefined],
  related: [['good'], ['fresh-1', 'fresh-1'], ['missing'], ['bad-start'], 'good', [3], undefined],
  actors: [['takaichi'], ['takaichi', 'nobody'], ['new-actor'], 'takaichi', undefined],
  location: [{ name: 'Tokyo', lat: 35.6, lon: 139.7 }, { name: 'X', lat: 123, lon: 0 }, 'Tokyo', undefined],
};
const FIELDS = Object.keys(FIELD_VALUES);

type Op =
  | { kind: 'set'; at: number; field: string; value: number }
  | { kind: 'insert'; at: number; copyOf: number }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'replaceWithNonObject'; at: number }
  | { kind: 'catalog'; add: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      field: fc.constantFrom(...FIELDS),
      value: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), copyOf: fc.nat() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replaceWithNonObject' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('catalog' as const), add: fc.boolean() }) },
);

/** The draft after `op`, copied along the way as the editor's history does (nothing mutated). */
function apply(draft: Draft, op: Op): Draft {
  const events = draft.events.slice();
  const n = events.length;
  switch (op.kind) {
    case 'set': {
      if (n === 0) return draft;
      const at = op.at % n;
      const before = events[at];
      const base: Raw = typeof before === 'object' && before !== null ? { ...(before as Raw) } : {};
      const values = FIELD_VALUES[op.field] ?? [];
      const value = values[op.value % values.length];
      if (value === undefined) delete base[op.field];
      else base[op.field] = value;
      events[at] = base;
      return { ...draft, events };
    }
    case 'insert': {
      const copy = n === 0 ? { id: 'x', title: 'X', start: '2025' } : { ...(events[op.copyOf % n] as Raw) };
      events.splice(op.at % (n + 1), 0, copy);
      return { ...draft, events };
    }
    case 'remove':
      if (n === 0) return draft;
      events.splice(op.at % n, 1);
      return { ...draft, events };
    case 'move': {
      if (n === 0) return draft;
      const [moved] = events.splice(op.at % n, 1);
      events.splice(op.to % n, 0, moved);
      return { ...draft, events };
    }
    case 'replaceWithNonObject':
      if (n === 0) return draft;
      events[op.at % n] = 'not an event';
      return { ...draft, events };
    case 'catalog': {
      const actors = Array.isArray(draft.actors) ? (draft.actors as unknown[]) : [];
      const next = op.add
        ? [...actors, { id: 'new-actor', name: 'New', kind: 'person' }]
        : actors.filter((a) => (a as Raw | null)?.id !== 'new-actor' && (a as Raw | null)?.id !== 'takaichi');
      return { ...draft, actors: next };
    }
  }
}

const small = generateDataset(30, { seed: 3 }) as Draft;
const STARTS: [string, Draft][] = [
  ['messy', messy as Draft],
  ['every field', everyFieldDataset as unknown as Draft],
  [
    'generated, with the messy catalog',
    { ...small, actors: [...(small.actors as unknown[]), { id: 'takaichi', name: 'T', kind: 'person' }] },
  ],
];

describe('incrementalValidator', () => {
  it.each(STARTS)('gives what validateDataset gives after every edit (%s)', (_, start) => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        const validate = incrementalValidator();
        let draft = start;
        expect(validate(draft)).toEqual(validateDataset(draft));
        for (const op of ops) {
          draft = apply(draft, op);
          expect(validate(draft)).toEqual(validateDataset(draft));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives what validateDataset gives after each of many one-field edits (the patched path)', () => {
    // Only field edits: most versions differ from the last by one event, which is patched into the
    // last result instead of a pass over every event (until an edit repeats an id or adds related ids).
    const setArb = fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      field: fc.constantFrom(...FIELDS),
      value: fc.nat(),
    });
    const start = STARTS[2]?.[1] as Draft;
    fc.assert(
      fc.property(fc.array(setArb, { minLength: 1, maxLength: 20 }), (ops) => {
        const validate = incrementalValidator();
        let draft = start;
        validate(draft);
        for (const op of ops) {
          draft = apply(draft, op);
          expect(validate(draft)).toEqual(validateDataset(draft));
        }
      }),
      { numRuns: 80 },
    );
  });

  it('checks again only the event that changed', () => {
    const checked: number[] = [];
    const validate = incrementalValidator((raw, index, ctx) => {
      checked.push(index);
      return validateEvent(raw, index, ctx);
    });
    validate(small);
    checked.length = 0;
    const events = small.events.slice();
    events[4] = { ...(events[4] as Raw), title: 'Edited' };
    validate({ ...small, events });
    expect(checked).toEqual([4]);
  });

  it('checks every event again when the declared actors change', () => {
    const checked: number[] = [];
    const validate = incrementalValidator((raw, index, ctx) => {
      checked.push(index);
      return validateEvent(raw, index, ctx);
    });
    validate(small);
    checked.length = 0;
    validate({ ...small, actors: (small.actors as unknown[]).slice(1) });
    expect(checked).toHaveLength(small.events.length);
  });
});
