import { describe, expect, it } from 'vitest';
import { describeIssue, formatIssue, issueParts, plainTitle } from './issues';
import { isFatal, validateDataset } from './validate';

describe('describeIssue names the event by id and title (issue 11)', () => {
  it('splits the event from its field and names it', () => {
    const issue = {
      path: 'events[5].start',
      message: '"Oct 25" is not an ISO date',
      severity: 'error' as const,
      eventId: 'bad1',
      eventTitle: 'Broken date',
    };
    expect(formatIssue(issue)).toBe('events[5] "bad1" (Broken date): start: "Oct 25" is not an ISO date');
    expect(describeIssue(issue, ['row 2', 'row 3', 'row 4', 'row 5', 'row 6', 'row 7'])).toBe(
      'row 7 "bad1" (Broken date): start: "Oct 25" is not an ISO date',
    );
  });

  it('keeps the path alone for an event with neither id nor title, and the message for the dataset', () => {
    const bare = { path: 'events[3].start', message: 'm', severity: 'error' as const };
    expect(formatIssue(bare)).toBe('events[3].start: m');
    expect(describeIssue(bare, ['a', 'b', 'c', 'row 4'])).toBe('row 4 · start: m');
    expect(formatIssue({ path: '', message: 'no events', severity: 'error' })).toBe('no events');
    expect(formatIssue({ path: 'actors[1].kind', message: 'm', severity: 'warning' })).toBe(
      'actors[1].kind: m',
    );
  });

  it('names an event whose whole entry is the problem, and one with a title only', () => {
    expect(
      formatIssue({ path: 'events[2]', message: 'm', severity: 'error', eventTitle: { en: 'T', ja: 'ト' } }),
    ).toBe('events[2] (T): m');
    expect(issueParts({ path: 'events[2].id', message: 'm', severity: 'error', eventTitle: 'T' })).toEqual({
      where: 'events[2]',
      imported: false,
      eventTitle: 'T',
      field: 'id',
      message: 'm',
    });
  });

  it('picks English from a title per language and cuts a long one', () => {
    expect(plainTitle({ ja: '会談', en: 'Talks' })).toBe('Talks');
    expect(plainTitle({ ja: '会談' })).toBe('会談');
    expect(plainTitle('x'.repeat(200))).toBe(`${'x'.repeat(80)}…`);
  });

  it('the validator tags every issue of an event with its id and title', () => {
    const result = validateDataset({
      title: 'T',
      events: [
        { id: 'ok', title: 'Fine', start: '2025-10-25' },
        { id: 'bad1', title: 'Broken date', start: 'Oct 25' },
        { id: 'late', title: 'Ends early', start: '2025-10-25', end: '2025-10-20' },
      ],
    });
    if (isFatal(result)) throw new Error('expected a usable dataset');
    expect(result.issues.map((i) => formatIssue(i))).toEqual([
      expect.stringMatching(/^events\[1\] "bad1" \(Broken date\): start: "Oct 25" /),
      expect.stringMatching(/^events\[2\] "late" \(Ends early\): end: "2025-10-20" is before the start/),
    ]);
  });
});
