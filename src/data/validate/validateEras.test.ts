import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../model';
import { isFatal, validateDataset } from './validate';
import { OPEN_ENDED } from './validateEras';

function ok(raw: unknown): LoadResult {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error('unexpectedly fatal');
  return result;
}

const withEras = (eras: unknown) => ({
  title: 'T',
  eras,
  events: [{ id: 'e', title: 'Summit', start: '2025-10-28' }],
});

describe('eras', () => {
  it('are kept in time order, an era without an end running on', () => {
    const { dataset, issues } = ok(
      withEras([
        { id: 'b', title: { en: 'Takaichi cabinet', ja: '高市内閣' }, start: '2025-10-21', color: '#aabbcc' },
        { id: 'a', title: 'ASEAN chair year', start: '2025', end: '2025' },
      ]),
    );
    expect(issues).toEqual([]);
    expect(dataset.eras?.map((e) => e.id)).toEqual(['a', 'b']);
    const [year, cabinet] = dataset.eras ?? [];
    expect(year?.t0).toBe(Date.UTC(2025, 0, 1));
    expect(year?.t1).toBe(Date.UTC(2026, 0, 1));
    expect(cabinet).toMatchObject({ color: '#aabbcc', t0: Date.UTC(2025, 9, 21), t1: OPEN_ENDED });
    expect(JSON.parse(JSON.stringify(cabinet))).toEqual(cabinet);
  });

  it('skips an era without id, title or readable start, and repairs a bad end or colour, saying where', () => {
    const { dataset, issues } = ok(
      withEras([
        { title: 'No id', start: '2025' },
        { id: 'x', title: 'Bad start', start: 'Oct 2025' },
        { id: 'y', title: 'Backwards', start: '2025-10-21', end: '2025-10-01', color: 'blue' },
        { id: 'y', title: 'Repeat', start: '2025' },
      ]),
    );
    expect(dataset.eras?.map((e) => e.id)).toEqual(['y']);
    expect(dataset.eras?.[0]?.t1).toBe(Date.UTC(2025, 9, 22));
    expect(issues.map((i) => `${i.severity} ${i.path}`)).toEqual([
      'error eras[0].id',
      'error eras[1].start',
      'warning eras[2].end',
      'warning eras[2].color',
      'error eras[3].id',
    ]);
    expect(issues[2]?.message).toBe(
      '"2025-10-01" is before the start "2025-10-21"; the end was dropped, so the era covers only its start',
    );
  });

  it('warns about eras that are not a list, and keeps the events', () => {
    const { dataset, issues } = ok(withEras({ id: 'x' }));
    expect(dataset.eras).toBeUndefined();
    expect(dataset.events).toHaveLength(1);
    expect(issues[0]?.path).toBe('eras');
  });
});
