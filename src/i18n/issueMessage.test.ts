import { describe, expect, it } from 'vitest';
import { everyMessage } from '../data/validate/everyMessage.fixture';
import { messy } from '../data/validate/messyDataset.fixture';
import { repeatedKeyIssue } from '../data/load/repeatedKeys';
import type { DatasetIssue } from '../data/model';
import { isFatal, validateDataset } from '../data/validate/validate';
import { issueMessage } from './issueMessage';

function issuesOf(raw: unknown): readonly DatasetIssue[] {
  const result = validateDataset(raw);
  if (isFatal(result)) throw new Error('fatal');
  return result.issues;
}

const withEvent = (event: Record<string, unknown>) =>
  issuesOf({ title: 'T', events: [{ id: 'e', title: 'E', start: '2025-10-25', ...event }] });

describe('issueMessage', () => {
  it('gives the validator’s own English sentence in English', () => {
    for (const issue of issuesOf(messy)) expect(issueMessage(issue, 'en')).toBe(issue.message);
  });

  it('words a coded message in Japanese, parameters and reasons within it included', () => {
    const [lat] = withEvent({ location: { name: 'Tokyo', lat: 123, lon: 139 } });
    expect(lat?.message).toBe(
      'lat 123 is not a number of degrees from -90 to 90; the map point was dropped and the event kept',
    );
    expect(issueMessage(lat as DatasetIssue, 'ja')).toBe(
      '緯度 123 は -90 から 90 までの度数ではありません。地図上の位置は使われず、出来事は残ります',
    );
    const [start] = withEvent({ start: 'Oct 25' });
    expect(issueMessage(start as DatasetIssue, 'ja')).toMatch(
      /^"Oct 25"はISO形式の日付ではありません.*読み込まれません$/,
    );
    const [end] = withEvent({ end: '2025-10-01' });
    expect(issueMessage(end as DatasetIssue, 'ja')).toBe(
      '"2025-10-01"は開始日 "2025-10-25" より前です。終了日は使われず、開始日に表示されます',
    );
    const [type] = withEvent({ type: 7 });
    expect(issueMessage(type as DatasetIssue, 'ja')).toMatch(/^数値 7は出来事の種類/);
  });

  it('keeps the English sentence for a message without a code', () => {
    const issue: DatasetIssue = { path: 'events[0].start', severity: 'warning', message: 'an old sentence' };
    expect(issueMessage(issue, 'ja')).toBe('an old sentence');
  });

  it('leaves no English wording in the Japanese of the messy fixture’s coded messages', () => {
    const coded = issuesOf(messy).filter((issue) => issue.code !== undefined);
    expect(coded.length).toBeGreaterThan(10);
    for (const issue of coded) {
      expect(issueMessage(issue, 'ja')).not.toMatch(/\b(?:the|was|dropped|skipped|expected)\b/);
    }
  });

  it('codes every message about catalogs, eras, the focus, the title, sources, quotes and media', () => {
    const issues = issuesOf(everyMessage);
    expect(issues.length).toBeGreaterThan(50);
    expect(issues.filter((issue) => issue.code === undefined)).toEqual([]);
    expect(issuesOf(messy).filter((issue) => issue.code === undefined)).toEqual([]);
    for (const raw of [[1], { title: 'T' }, { title: 'T', events: {} }]) {
      const result = validateDataset(raw);
      if (!isFatal(result)) throw new Error('not fatal');
      for (const issue of result.fatal) expect(issue.code).toBeDefined();
    }
    expect(repeatedKeyIssue({ path: 'events[0]', key: 'start' }).code).toBe('keyRepeated');
  });

  it('keeps the English of the newly coded messages byte for byte', () => {
    const english = new Map(issuesOf(everyMessage).map((issue) => [issue.path, issue.message]));
    expect(
      Object.fromEntries(
        ['actors[3].kind', 'topics[2].label', 'eras[6].end', 'focus.to'].map((path) => [
          path,
          english.get(path),
        ]),
      ),
    ).toEqual({
      'actors[3].kind':
        '"robot" is not an actor kind (person, country or organization); it is treated as "person"',
      'topics[2].label': 'the topic has no label; the id "t1" is shown instead',
      'eras[6].end':
        '"2025-09-01" is before the start "2025-10-01"; the end was dropped, so the era covers only its start',
      'focus.to':
        'expected a day as YYYY-MM-DD, not the number 7; the focus was ignored, so the first view shows all events',
    });
    expect(english.get('events[0].quotes[6].source')).toBe(
      'there is no source 99: this event has 7 sources, numbered from 0; the reference was dropped',
    );
    expect(english.get('events[1].quotes[0].source')).toBe(
      'there is no source 5: this event has 1 source, numbered from 0; the reference was dropped',
    );
    expect(english.get('events[0].sources[3].name')).toBe(
      'expected a name, not the number 4 and no usable link; the source was dropped',
    );
    for (const issue of issuesOf(everyMessage)) expect(issueMessage(issue, 'en')).toBe(issue.message);
  });

  it('words catalog, era, focus, source and quote messages in Japanese, with no English left', () => {
    const issues = issuesOf(everyMessage);
    const ja = new Map(issues.map((issue) => [issue.path, issueMessage(issue, 'ja')]));
    expect(ja.get('eras[3].start')).toBe('時代区分に開始日がありません。この時代区分は読み込まれません');
    expect(ja.get('actors[3].kind')).toBe(
      '"robot"は関係者の種類ではありません（person、country、organization）。"person" として扱われます',
    );
    expect(ja.get('events[0].quotes[1].text')).toBe('発言に本文がありません。この発言は使われません');
    expect(ja.get('events[2].quotes[0].source')).toBe(
      '出典 2 はありません（この出来事には出典がありません）。参照は使われません',
    );
    for (const [path, text] of ja) {
      // Quoted values ("a", "person") are the dataset's own words; the rest must be Japanese.
      const words = text.replace(/"[^"]*"/g, '');
      expect(words, path).not.toMatch(/\b(?:the|was|dropped|skipped|expected|shown|ignored|has|is|an?)\b/);
    }
  });
});
