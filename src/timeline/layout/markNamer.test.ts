import { describe, expect, it } from 'vitest';
import { isFatal, validateDataset } from '../../data/validate/validate';
import { storeFixture } from '../../store/store.fixture';
import { createMarkNamer, markNameCache, NAME_WINDOW_MS, NAMES_PER_WINDOW } from './markNamer';

const text = (t: unknown) => (typeof t === 'string' ? t : '');

/** `count` events titled "Event, number i" (a comma in the title, as synthetic titles may have). */
function datasetOf(count: number, retitle: Record<number, string> = {}) {
  const result = validateDataset({
    title: 'Many',
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      title: retitle[i] ?? `Event, number ${i}`,
      start: '2025-10-25',
    })),
  });
  if (isFatal(result)) throw new Error('invalid');
  return result.dataset;
}

describe('createMarkNamer', () => {
  it('names an event by title, when and who, and keeps the name', () => {
    const namer = createMarkNamer(storeFixture(), text, 'en');
    const name = namer.nameOf('call');
    expect(name).toMatch(/^Phone call, /);
    expect(name).toContain('Donald Trump');
    expect(namer.nameOf('call')).toBe(name);
    expect(namer.nameOf('nope')).toBeUndefined();
  });

  it('builds only so many names per time window; the rest are the whole title until the next one', () => {
    const count = NAMES_PER_WINDOW + 5;
    let clock = 0;
    const namer = createMarkNamer(datasetOf(count), text, 'en', () => clock);
    const names = Array.from({ length: count }, (_, i) => namer.nameOf(`e${i}`));
    expect(names.filter((n) => n?.includes('2025'))).toHaveLength(NAMES_PER_WINDOW);
    // Deferred: the title alone, whole (a mark's own label may be cut with "…").
    expect(names[count - 1]).toBe(`Event, number ${count - 1}`);
    expect(namer.hasPending()).toBe(true);
    clock += NAME_WINDOW_MS + 1;
    expect(namer.nameOf(`e${count - 1}`)).toMatch(new RegExp(`^Event, number ${count - 1}, .*2025`));
  });

  it('keeps the names of events a new version of the dataset left alone, and names the edited one afresh', () => {
    const count = 2 * NAMES_PER_WINDOW;
    const ids = Array.from({ length: count }, (_, i) => `e${i}`);
    const cache = markNameCache();
    let clock = 0;
    const before = datasetOf(count);
    const first = createMarkNamer(before, text, 'en', () => clock, cache);
    for (const id of ids) first.nameOf(id);
    clock += NAME_WINDOW_MS + 1;
    for (const id of ids) first.nameOf(id);
    // An edit of one title: every other event object is the same (as the editor's validator keeps them).
    const after = {
      ...before,
      events: before.events.map((e) => (e.id === 'e3' ? { ...e, title: `${text(e.title)}Ω` } : e)),
    };
    clock += NAME_WINDOW_MS + 1;
    const second = createMarkNamer(after, text, 'en', () => clock, cache);
    const names = ids.map((id) => second.nameOf(id));
    // All in one time window, more than it may build: only the edited event needed building.
    expect(names.every((n) => n?.includes('2025'))).toBe(true);
    expect(names[3]).toMatch(/^Event, number 3Ω, /);
    expect(second.hasPending()).toBe(false);
    // Another language names every event again.
    const other = createMarkNamer(after, text, 'ja', () => clock, cache);
    ids.forEach((id) => other.nameOf(id));
    expect(other.hasPending()).toBe(true);
  });
});
