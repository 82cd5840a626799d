import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState } from './urlState';

describe('parseUrlState', () => {
  it('reads every parameter DESIGN.md lists', () => {
    const { state, warnings } = parseUrlState(
      '?data=https://example.org/d.json&actors=takaichi,trump&topics=alliance&match=all&q=Kuala%20Lumpur' +
        '&from=2025-10-20&to=2025-10-31&event=call-1&lanes=topic&view=both&embed=1&present=1&theme=dark&lang=ja' +
        '&edit=1&draft=d1',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      data: 'https://example.org/d.json',
      actors: ['takaichi', 'trump'],
      topics: ['alliance'],
      match: 'all',
      q: 'Kuala Lumpur',
      from: '2025-10-20',
      to: '2025-10-31',
      event: 'call-1',
      lanes: 'topic',
      view: 'both',
      embed: true,
      filterbar: true,
      present: true,
      theme: 'dark',
      lang: 'ja',
      edit: true,
      draft: 'd1',
    });
  });

  it('ignores invalid values with one warning each, keeping the defaults', () => {
    const { state, warnings } = parseUrlState(
      '?match=some&lanes=sideways&theme=pink&from=2025-02-30&to=Oct&embed=yes&view=globe',
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(warnings).toHaveLength(7);
    expect(warnings[0]).toContain('match="some"');
    expect(warnings.join(' ')).toContain('from="2025-02-30"');
  });

  it('reads filterbar=0 (embeds without a filter bar) and writes it back only when hidden', () => {
    const { state } = parseUrlState('?embed=1&filterbar=0');
    expect(state.filterbar).toBe(false);
    expect(formatUrlState(state)).toBe('?embed=1&filterbar=0');
    expect(formatUrlState({ ...state, filterbar: true })).toBe('?embed=1');
  });

  it('swaps a reversed date range and says so', () => {
    const { state, warnings } = parseUrlState('?from=2025-10-31&to=2025-10-20');
    expect([state.from, state.to]).toEqual(['2025-10-20', '2025-10-31']);
    expect(warnings).toHaveLength(1);
  });

  it('drops duplicate ids and rejects ids with markup', () => {
    expect(parseUrlState('?actors=a,a,b').state.actors).toEqual(['a', 'b']);
    const bad = parseUrlState('?actors=<script>');
    expect(bad.state.actors).toEqual([]);
    expect(bad.warnings).toHaveLength(1);
  });
});

describe('formatUrlState', () => {
  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(
      formatUrlState({ ...DEFAULT_URL_STATE, topics: ['foip'], actors: ['a', 'b'], q: 'abe 安倍' }),
    ).toBe('?actors=a,b&topics=foip&q=abe%20%E5%AE%89%E5%80%8D');
  });

  it('round-trips through parseUrlState', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      data: 'https://example.org/x.json?v=2',
      actors: ['x'],
      match: 'all' as const,
      q: 'a&b=c',
      from: '2025-01-01',
      event: 'e-1',
      lanes: 'none' as const,
      view: 'map' as const,
      theme: 'light' as const,
    };
    expect(parseUrlState(formatUrlState(state)).state).toEqual(state);
  });

  it('keeps BCE ranges in their order and swaps only a range that is backwards in time', () => {
    expect(parseUrlState('?from=-0100-01-01&to=-0044-12-31')).toMatchObject({
      state: { from: '-0100-01-01', to: '-0044-12-31' },
      warnings: [],
    });
    expect(parseUrlState('?from=2025-10-31&to=-13800000000').state).toMatchObject({
      from: '-13800000000',
      to: '2025-10-31',
    });
  });

  it('writes view only when it is not the timeline alone', () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, view: 'timeline' })).toBe('');
    expect(formatUrlState({ ...DEFAULT_URL_STATE, view: 'both' })).toBe('?view=both');
  });

  it("keeps parameters it does not own, such as a host page's", () => {
    expect(formatUrlState({ ...DEFAULT_URL_STATE, q: 'x' }, '?utm_source=news&q=old')).toBe(
      '?q=x&utm_source=news',
    );
  });
});
