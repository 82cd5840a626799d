import { describe, expect, it } from 'vitest';
import { ImportError, importDataset } from '../data/import/importDataset';
import { CODE_PARTS } from '../data/import/importText';
import { LOAD_ENGLISH } from '../data/load/loadText';
import type { CodedMessage } from '../data/validate/issueText';
import { ISSUE_JA, issueMessage } from './issueMessage';

function failure(text: string, name: string): ImportError {
  try {
    importDataset(text, name);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('imported');
}

/** Files that make importing say most of what it can: errors, notes and lines not imported. */
const FILES: readonly [string, string][] = [
  [
    '{"events":[{"start_date":{"year":2020,"hour":3},"text":{"text":"Body"},"media":{"url":"<b>x</b>","thumbnail":"t"},"background":{"color":"puce","opacity":5},"location":{"zoom":3},"autolink":true},' +
      '{"start_date":{"year":2021},"media":{"caption":"Cap"}},{"start_date":{"year":"x"}},5],' +
      '"eras":[{"start_date":{"year":2000},"end_date":{"month":3},"text":{"headline":"E","text":"b"},"group":"g"}],"extra":1}',
    'tljs.json',
  ],
  [
    '[{"content":"A","start":"2020-01-01","type":"background"},{"content":"","start":"2020-01-02"},' +
      '{"content":"C","start":1577836800000,"end":true,"className":"x","weird":1},5]',
    'vis.json',
  ],
  [
    'Mission,Start time,Kind,Extra\nLaunch,03/04/2025 10:00,Banquet,e\n,2016-08-01,,\nLanding,,,\nRange,April-May 1945,,\n',
    'mapped.csv',
  ],
  ['id,title,start,actors,notes\n,T1,2025-10-01,A;B,x\n', 'flat.csv'],
  [
    '{"timeline":{"headline":"H","date":[{"headline":"x"},{"startDate":"2020","headline":"ok","classname":"c"}]}}',
    'tl2.json',
  ],
];

const reports = FILES.map(([text, name]) => importDataset(text, name).report);
const lines: CodedMessage[] = reports.flatMap((report) => [
  ...report.notes,
  ...report.dropped,
  // The field table's "In the timeline" column: coded where it is words, a bare path otherwise.
  ...report.mappings.flatMap(({ to, code }) => (code ? [{ message: to, code }] : [])),
]);
const errors = [
  failure('', 'e.csv'),
  failure('<html></html>', 'p.csv'),
  failure('{"events": [1,]}', 'b.json'),
  failure('a,b\n', 'n.csv'),
  failure('foo,bar\n1,2\n', 'm.csv'),
  failure('{"title": "T"}', 't.json'),
  failure('[1, 2]', 'l.json'),
  failure('title,start\nA,never\nB,\nC,x\nD,y\n', 'x.csv'),
  failure('{"events":[{"start_date":5}]}', 's.json'),
].map((error) => error.coded);

/** English words the Japanese must not have, once the file's own words (quoted, field names) are out. */
const ENGLISH =
  /\b(?:the|was|were|not|imported|dropped|cannot|could|file|row|column|read|its?|has|have|is|an?)\b/;
const withoutTheFilesWords = (text: string) =>
  text
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, '')
    .replace(
      /\b(?:start_date|end_date|media\.\w+|background\.\w+|location\.\w+|startDate|classname|autolink|type|weird|className|events\[\d+\]|timeline\.date\[\d+\]|row \d+|item \d+|\(A\)|start|end)\b/g,
      '',
    )
    .replace(/npm run validate|--map|vis-timeline|TimelineJS 2?|JSON|CSV|HTML|UTC|http\(s\)/g, '');

describe('import messages in the UI language', () => {
  it('share one code space with the validator and loading, and Japanese has every code', () => {
    const validator = new Set(CODE_PARTS.validator);
    expect(CODE_PARTS.import.filter((code) => validator.has(code))).toEqual([]);
    const load = Object.keys(LOAD_ENGLISH);
    expect(load.filter((code) => validator.has(code) || CODE_PARTS.import.includes(code))).toEqual([]);
    expect(Object.keys(ISSUE_JA).sort()).toEqual(
      [...CODE_PARTS.validator, ...CODE_PARTS.import, ...load].sort(),
    );
  });

  it('codes every note, line not imported and reason a file cannot be used, keeping the English', () => {
    expect(lines.length).toBeGreaterThan(40);
    for (const line of [...lines, ...errors]) {
      expect(line.code, line.message).toBeDefined();
      expect(issueMessage(line, 'en')).toBe(line.message);
    }
  });

  it('words them in Japanese, with the file’s own words kept and no English sentence left', () => {
    for (const line of [...lines, ...errors]) {
      const ja = issueMessage(line, 'ja');
      expect(withoutTheFilesWords(ja), `${line.message}\n→ ${ja}`).not.toMatch(ENGLISH);
    }
    expect(issueMessage(errors[0] as CodedMessage, 'ja')).toBe('「e.csv」は使えません：ファイルが空です。');
    expect(issueMessage(errors[3] as CodedMessage, 'ja')).toBe(
      '「n.csv」は使えません：JSONではなく、表として見ても見出し行の下に行がありません。',
    );
    const mapped = reports[2]?.dropped.find((d) => d.where.startsWith('column'));
    expect(mapped && issueMessage(mapped, 'ja')).toBe(
      'この列は取り込んでいません（どの項目にも対応づけられていません）',
    );
  });
});
