import { describe, expect, it } from 'vitest';
import { change, redo, undo, type DraftState } from './draftHistory';

const start: DraftState = {
  raw: { title: 'T', events: [{ id: 'a', title: 'A', start: '2025' }] },
  past: [],
  future: [],
};

describe('draft history', () => {
  it('undoes and redoes an inserted, a changed and a removed event', () => {
    let s = change(start, [{ kind: 'insert', index: 1, event: { id: 'b', title: 'B', start: '2026' } }]);
    s = change(s, [
      { kind: 'event', index: 0, before: s.raw.events[0], after: { id: 'a', title: 'A2', start: '2025' } },
    ]);
    s = change(s, [{ kind: 'remove', index: 1, event: s.raw.events[1] }]);
    expect(s.raw.events).toEqual([{ id: 'a', title: 'A2', start: '2025' }]);
    s = undo(undo(undo(s)));
    expect(s.raw).toEqual(start.raw);
    s = redo(redo(redo(s)));
    expect(s.raw.events).toEqual([{ id: 'a', title: 'A2', start: '2025' }]);
    expect(s.future).toEqual([]);
  });

  it('merges typing in one field into one change, but not after a pause', () => {
    const ev = (title: string) => ({ id: 'a', title, start: '2025' });
    let s = change(
      start,
      [{ kind: 'event', index: 0, before: ev('A'), after: ev('Ab') }],
      'events[0].title',
      1000,
    );
    s = change(s, [{ kind: 'event', index: 0, before: ev('Ab'), after: ev('Abc') }], 'events[0].title', 1500);
    expect(s.past).toHaveLength(1);
    s = change(
      s,
      [{ kind: 'event', index: 0, before: ev('Abc'), after: ev('Abcd') }],
      'events[0].title',
      9000,
    );
    expect(s.past).toHaveLength(2);
    expect(undo(undo(s)).raw).toEqual(start.raw);
  });

  it('sets and removes dataset fields, and a new change clears redo', () => {
    let s = change(start, [{ kind: 'field', key: 'description', before: undefined, after: 'D' }]);
    expect(s.raw.description).toBe('D');
    s = undo(s);
    expect('description' in s.raw).toBe(false);
    expect(s.future).toHaveLength(1);
    s = change(s, [{ kind: 'field', key: 'title', before: 'T', after: 'U' }]);
    expect(s.future).toHaveLength(0);
    expect(undo(start)).toBe(start);
    expect(redo(start)).toBe(start);
  });
});
