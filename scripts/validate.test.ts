import { describe, expect, it } from 'vitest';
import { readArguments, validateText } from './validate';

describe('validate command', () => {
  it('lists every problem with where it is and passes a usable file', () => {
    const { lines, exitCode } = validateText(
      'title,start,colour\nGood,2025-10-25,red\nBad,Oct 25,blue\n',
      'x.csv',
    );
    expect(exitCode).toBe(0);
    expect(lines[0]).toBe('x.csv: CSV (Diplomatic Timeline columns), 2 in the file, 1 usable events');
    expect(lines).toContain(
      '  dropped  column "colour": the column was not imported: it is not one of our CSV columns',
    );
    expect(
      lines.some((l) =>
        // The event is named by its row, id and title (issue 11).
        l.startsWith('  skipped  row 3 "bad-25" (Bad): start: "Oct 25" is not an ISO date'),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe('✓ 1 events can be used (1 skipped, 0 repaired: see above)');
  });

  it('fails a file that cannot be used, saying why', () => {
    const { lines, exitCode } = validateText('{"title": "T", "events": "none"}', 'd.json');
    expect(exitCode).toBe(1);
    expect(lines[0]).toBe(
      '✗ "d.json" cannot be used: events: "events" must be a list of events, not "none".',
    );
  });

  it("matches a table's columns by guess, and as --map says", () => {
    const csv = 'Mission,Start time,Vehicle\nLaunch,07 July 2016,Long March\n';
    const guessed = validateText(csv, 'm.csv');
    expect(guessed.lines[0]).toBe('m.csv: Table (columns matched), 1 in the file, 1 usable events');
    expect(guessed.lines[1]).toBe('  columns  --map "title=Mission" --map "start=Start time"');
    const mapped = validateText(csv, 'm.csv', ['title=Vehicle', 'start = start time']);
    expect(mapped.lines[1]).toBe('  columns  --map "title=Vehicle" --map "start=Start time"');
    expect(mapped.lines).toContain(
      '  dropped  column "Mission": the column was not imported: no field was matched to it',
    );
    expect(validateText(csv, 'm.csv', ['start=When'])).toEqual({
      lines: [
        '✗ --map "start=When": the file has no column "When" (its columns: Mission, Start time, Vehicle).',
      ],
      exitCode: 1,
    });
  });

  it('takes several columns for actors and place, and a type column, with --map', () => {
    const tsv =
      'Event Date\tSource Name\tTarget Name\tKind\tCity\tCountry\n' +
      '2018-06-01\tMike Pompeo\tKim Yong-chol\tMeeting\tNew York City\tUnited States\n';
    const { lines, exitCode } = validateText(tsv, 'e.tab', [
      'title={Source Name} meets {Target Name}',
      'actors={Source Name}; {Target Name}',
      'type=kind',
    ]);
    expect(exitCode).toBe(0);
    expect(lines[1]).toBe(
      '  columns  --map "title={Source Name} meets {Target Name}" --map "start=Event Date" ' +
        '--map "actors={Source Name}; {Target Name}" --map "type=Kind" --map "place={City}, {Country}"',
    );
    expect(lines.at(-1)).toBe('✓ 1 events can be used, no problems');
  });

  it('reads --map in both spellings beside the paths', () => {
    expect(readArguments(['a.csv', '--map', 'title=Mission', '--map=start=Start time', 'b.tsv'])).toEqual({
      paths: ['a.csv', 'b.tsv'],
      maps: ['title=Mission', 'start=Start time'],
    });
  });
});
