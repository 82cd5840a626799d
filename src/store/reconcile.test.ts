import { describe, expect, it } from 'vitest';
import { reconcileUrlWithDataset } from './reconcile';
import { storeFixture } from './store.fixture';
import { DEFAULT_URL_STATE } from './urlState';

describe('reconcileUrlWithDataset', () => {
  it('keeps known ids and names every unknown one in a warning', () => {
    const result = reconcileUrlWithDataset(
      {
        ...DEFAULT_URL_STATE,
        actors: ['trump', 'nobody'],
        topics: ['foip', 'nothing'],
        event: 'gone',
        q: 'x',
      },
      storeFixture(),
    );
    expect(result.filters).toEqual({
      actors: ['trump'],
      topics: ['foip'],
      match: 'any',
      q: 'x',
      from: undefined,
      to: undefined,
    });
    expect(result.selectedId).toBeUndefined();
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings.join(' ')).toMatch(/"nobody".*"nothing".*"gone"/);
  });

  it('keeps a known event', () => {
    expect(reconcileUrlWithDataset({ ...DEFAULT_URL_STATE, event: 'call' }, storeFixture()).selectedId).toBe(
      'call',
    );
  });
});
