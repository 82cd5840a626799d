import { describe, expect, it } from 'vitest';
import { freeId, idFromName, idsOf } from './newIds';

describe('newIds', () => {
  it('makes readable ids that are free', () => {
    const taken = idsOf([{ id: 'event' }, { id: 'event-2' }, { title: 'no id' }, null]);
    expect(freeId('event', taken)).toBe('event-3');
    expect(idFromName('Sanae Takaichi', 'actor', new Set())).toBe('sanae-takaichi');
    expect(idFromName('!!!', 'actor', new Set(['actor']))).toBe('actor-2');
  });
});
