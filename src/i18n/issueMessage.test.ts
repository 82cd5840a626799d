import { describe, expect, it } from 'vitest';
import { messy } from '../data/validate/messyDataset.fixture';
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
});
