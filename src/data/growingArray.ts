/**
 * A typed array that doubles when full, for lists of numbers whose final length is not known in
 * advance (the worker's packed events, the timeline's lane codes). `view()` is what was pushed,
 * without a copy; `copy()` is the same as its own right-sized array.
 */
export class GrowingArray<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(private values: T) {}

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new (this.values.constructor as new (length: number) => T)(Math.max(1, this.length * 2));
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  /** The value at `index` (below `length`). */
  at(index: number): number {
    return this.values[index] as number;
  }

  view(): T {
    return this.values.subarray(0, this.length) as T;
  }

  copy(): T {
    return this.values.slice(0, this.length) as T;
  }
}
