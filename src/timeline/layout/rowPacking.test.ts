import { describe, expect, it } from 'vitest';
import { MARK_GAP_PX, createRowPacker } from './rowPacking';

describe('createRowPacker', () => {
  it('puts each item in the lowest row it fits, keeping a gap', () => {
    const p = createRowPacker(1, 3);
    expect(p.place(0, 0, 100)).toBe(0);
    expect(p.place(0, 50, 120)).toBe(1);
    expect(p.place(0, 100, 150)).toBe(2); // row 0 ends at 100 + gap
    expect(p.place(0, 100 + MARK_GAP_PX, 200)).toBe(0);
    expect(p.rowsUsed(0)).toBe(3);
  });

  it('returns -1 when every row is taken', () => {
    const p = createRowPacker(1, 2);
    p.place(0, 0, 100);
    p.place(0, 0, 100);
    expect(p.place(0, 10, 20)).toBe(-1);
  });

  it('keeps lanes apart', () => {
    const p = createRowPacker(2, 2);
    p.place(0, 0, 100);
    expect(p.place(1, 0, 100)).toBe(0);
    expect(p.rowsUsed(0)).toBe(1);
    expect(p.rowsUsed(1)).toBe(1);
  });
});
