import { describe, expect, it } from 'vitest';
import { MAX_SAVED, openSavedDatasets } from './savedDatasets';

const entry = (id: string, savedAt: number) => ({ id, title: `T ${id}`, savedAt, eventCount: 1 });

describe('openSavedDatasets', () => {
  it('falls back to memory when there is no IndexedDB, or it throws', async () => {
    const missing = await openSavedDatasets(() => undefined);
    expect(missing.persistent).toBe(false);
    const throwing = await openSavedDatasets(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(throwing.persistent).toBe(false);
    const refusing = await openSavedDatasets(
      () =>
        ({
          open: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        }) as unknown as IDBFactory,
    );
    expect(refusing.persistent).toBe(false);
  });

  it('keeps, lists newest first, reopens and removes datasets in memory', async () => {
    const saved = await openSavedDatasets(() => undefined);
    await saved.save(entry('a', 1), '{"a":1}');
    await saved.save(entry('b', 2), '{"b":2}');
    expect((await saved.list()).map((e) => e.id)).toEqual(['b', 'a']);
    expect(await saved.load('a')).toBe('{"a":1}');
    await saved.remove('a');
    expect(await saved.load('a')).toBeUndefined();
    for (let i = 0; i < MAX_SAVED + 3; i++) await saved.save(entry(`n${i}`, 10 + i), '{}');
    expect(await saved.list()).toHaveLength(MAX_SAVED);
  });
});
