import { describe, expect, it } from 'vitest';
import bundled from '../../data/events.json';
import { generateDataset } from '../../bench/generate';
import { messy } from '../data/validate/messyDataset.fixture';
import { everyFieldDataset } from '../data/validate/everyFieldEvent.fixture';
import type { Dataset, LocalizedText, TimelineEvent } from '../data/model';
import { searchKey } from '../data/text';
import { isFatal, validateDataset } from '../data/validate/validate';
import { fastSearchKey, searchIndexOf } from './searchIndex';

describe('fastSearchKey', () => {
  it('gives the same key as searchKey, ASCII or not', () => {
    for (const s of [
      '  Tokyo\tSUMMIT \n',
      'Tōkyō',
      'ＡＳＥＡＮ',
      '日米首脳会談',
      'a\u0000b',
      '',
      ' ',
      'a  b',
      'a b ',
      ' a b',
      'A\u000bB\u000cC\rD',
      'A\u001cB',
      'Plain Title (1995)',
      'ΟΔΟΣ',
      'x\u00a0y',
    ])
      expect(fastSearchKey(s)).toBe(searchKey(s));
  });
});

/** The index as it was first defined (issue 16 kept it): every text as a part, joined, then searchKey. */
function referenceIndex(dataset: Dataset): string[] {
  const names = new Map(dataset.actors.map((a) => [a.id, a.name] as const));
  const all = (text: LocalizedText | undefined): string[] =>
    text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);
  return dataset.events.map((event: TimelineEvent) =>
    searchKey(
      [
        ...all(event.title),
        ...all(event.summary),
        ...event.quotes.flatMap((q) => [...all(q.text), ...all(names.get(q.speaker) ?? q.speaker)]),
        ...event.actors.flatMap((id) => all(names.get(id))),
        ...all(event.location?.name),
        event.location?.country ?? '',
      ].join(' \u0000 '),
    ),
  );
}

function validated(raw: unknown): Dataset {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error('fixture is not usable');
  return result.dataset;
}

describe('searchIndexOf', () => {
  it('gives exactly the keys of the reference definition, on every kind of dataset', () => {
    const odd = {
      title: 'odd',
      actors: [
        { id: 'a', name: { en: 'Ámélie  Poulain', ja: 'アメリ' }, kind: 'person' },
        { id: 'b', name: ' Spaced ', kind: 'person' },
      ],
      events: [
        {
          id: 'e1',
          title: { en: '  Summit\tTalks ', ja: '首脳会談' },
          start: '2025-01-01',
          actors: ['a', 'b'],
          summary: 'ΣΟΦΙΑΣ met ＡＳＥＡＮ',
          quotes: [
            { speaker: 'a', text: 'Hello' },
            { speaker: 'Someone else', text: { en: 'Hi', fr: 'Salut' } },
          ],
          location: { name: { en: 'Tokyo', ja: '東京' }, country: 'JP' },
        },
        { id: 'e2', title: 'Plain', start: '2025-01-02' },
      ],
    };
    for (const raw of [bundled, messy, everyFieldDataset, odd, generateDataset(800, { seed: 6 })]) {
      const dataset = validated(raw);
      expect(searchIndexOf(dataset)).toEqual(referenceIndex(dataset));
    }
  });

  it('keys again only what a new version changed: an edited event, or every event when an actor is renamed', () => {
    const raw = {
      title: 'edits',
      actors: [{ id: 'a', name: 'Alice', kind: 'person' }],
      events: [
        { id: 'e1', title: 'Summit', start: '2025-01-01', actors: ['a'] },
        { id: 'e2', title: 'Call', start: '2025-01-02', actors: ['a'] },
      ],
    };
    const before = validated(raw);
    expect(searchIndexOf(before)).toEqual(referenceIndex(before));
    // As the editor makes them: the unchanged event keeps its object, the edited one is new.
    const [first, second] = before.events as [TimelineEvent, TimelineEvent];
    const edited: Dataset = { ...before, events: [first, { ...second, title: 'Call with Bob' }] };
    expect(searchIndexOf(edited)).toEqual(referenceIndex(edited));
    const renamed: Dataset = { ...edited, actors: [{ id: 'a', name: 'Alicia', kind: 'person' }] };
    expect(searchIndexOf(renamed)).toEqual(referenceIndex(renamed));
    expect(searchIndexOf(renamed)[0]).toContain('alicia');
  });
});
