import { describe, expect, it } from 'vitest';
import { isFatal, validateDataset } from '../../data/validate/validate';
import { storeFixture } from '../../store/store.fixture';
import { createMarkNamer, NAME_WINDOW_MS, NAMES_PER_WINDOW } from './markNamer';

const text = (t: unknown) => (typeof t === 'string' ? t : '');

describe('createMarkNamer', () => {
  it('names an event by title, when and who, and keeps the name', () => {
    const namer = createMarkNamer(storeFixture(), text, 'en');
    const name = namer.nameOf('call');
    expect(name).toMatch(/^Phone call, /);
    expect(name).toContain('Donald Trump');
    expect(namer.nameOf('call')).toBe(name);
    expect(namer.nameOf('nope')).toBeUndefined();
  });

  it('builds only so many names per time window; the rest are pending until the next one', () => {
    const count = NAMES_PER_WINDOW + 5;
    const result = validateDataset({
      title: 'Many',
      events: Array.from({ length: count }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        start: '2025-10-25',
      })),
    });
    if (isFatal(result)) throw new Error('invalid');
    let clock = 0;
    const namer = createMarkNamer(result.dataset, text, 'en', () => clock);
    const names = Array.from({ length: count }, (_, i) => namer.nameOf(`e${i}`));
    expect(names.filter(Boolean)).toHaveLength(NAMES_PER_WINDOW);
    expect(namer.hasPending()).toBe(true);
    clock += NAME_WINDOW_MS + 1;
    expect(namer.nameOf(`e${count - 1}`)).toMatch(new RegExp(`^Event ${count - 1}, `));
  });
});
