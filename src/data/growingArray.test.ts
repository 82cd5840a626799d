import { describe, expect, it } from 'vitest';
import { GrowingArray } from './growingArray';

describe('GrowingArray', () => {
  it('keeps every value pushed past its first size, in order', () => {
    const values = new GrowingArray(new Uint32Array(2));
    for (let i = 0; i < 9; i++) values.push(i * 3);
    expect(values.length).toBe(9);
    expect([...values.view()]).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(values.at(4)).toBe(12);
  });

  it('keeps the kind of typed array, and grows from an empty one', () => {
    const values = new GrowingArray(new Float64Array(0));
    values.push(0.5);
    values.push(-2);
    expect(values.view()).toBeInstanceOf(Float64Array);
    expect([...values.view()]).toEqual([0.5, -2]);
  });

  it('views without a copy and copies to a right-sized array', () => {
    const values = new GrowingArray(new Uint32Array(8));
    values.push(1);
    values.push(2);
    const view = values.view();
    const copy = values.copy();
    expect(view.buffer.byteLength).toBe(32);
    expect(copy.buffer.byteLength).toBe(8);
    expect([...copy]).toEqual([1, 2]);
  });
});
