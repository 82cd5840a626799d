import { describe, expect, it } from 'vitest';
import { findRepeatedKeys, repeatedKeyIssue } from './repeatedKeys';

describe('findRepeatedKeys', () => {
  it('finds a key given twice in an event, with the path of the event', () => {
    const text =
      '{"title":"T","events":[{"id":"a","start":"2025"},{"id":"b","start":"2024","start":"2025"}]}';
    expect(findRepeatedKeys(text)).toEqual([{ path: 'events[1]', key: 'start' }]);
  });

  it('finds repeats at the top level and deep inside, and counts each extra one', () => {
    const text = JSON.stringify({ a: 1 }).replace('}', ',"a":2,"a":3,"q":[{"x":{"y":1,"y":2}}]}');
    expect(findRepeatedKeys(text)).toEqual([
      { path: '', key: 'a' },
      { path: '', key: 'a' },
      { path: 'q[0].x', key: 'y' },
    ]);
  });

  it('is not fooled by keys inside strings, escaped quotes or equal keys in sibling objects', () => {
    const text = String.raw`{"s":"\"s\": \\","t":{"s":1},"u":[{"k":1},{"k":2}],"v":"{\"k\":1,\"k\":2}"}`;
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findRepeatedKeys(text)).toEqual([]);
  });

  it('compares keys as JSON reads them (escapes decoded)', () => {
    expect(findRepeatedKeys(String.raw`{"start":1,"st\u0061rt":2}`)).toEqual([{ path: '', key: 'start' }]);
  });

  it('offsets the indices of a top-level list, for a run of events that starts later', () => {
    expect(findRepeatedKeys('[{"a":1},{"a":1,"a":2}]', 'events', 500)).toEqual([
      { path: 'events[501]', key: 'a' },
    ]);
  });

  it('words a warning that names the key and the path, and says which value is used', () => {
    expect(repeatedKeyIssue({ path: 'events[1]', key: 'start' })).toEqual({
      path: 'events[1].start',
      severity: 'warning',
      message: 'the key "start" is given more than once in this object; the last value is used',
      code: 'keyRepeated',
      params: { key: '"start"' },
    });
    expect(repeatedKeyIssue({ path: '', key: 'odd key' }).path).toBe('["odd key"]');
  });
});
