import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonErrorPosition, parseJson, positionAt } from './parseJson';

describe('parseJson', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ value: { a: [1] } });
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ value: { a: 1 } });
  });

  it('says where the JSON breaks, by line and column', () => {
    const result = parseJson('{\n  "a": 1\n  "b": 2\n}');
    expect(result).toMatchObject({
      problem: expect.stringMatching(/^it is not valid JSON: .+ \(line 3, column 3\)$/) as string,
      text: { code: 'notJson', params: { line: 3, column: 3 } },
    });
  });

  it('names empty files and web pages', () => {
    expect(parseJson(' \n')).toEqual({ problem: 'the file is empty', text: { code: 'fileEmpty' } });
    expect(parseJson('<!doctype html><html></html>')).toEqual({
      problem: 'it is a web page (HTML), not a JSON file',
      text: { code: 'webPageNotJson' },
    });
  });

  it('reads the position out of each engine’s message', () => {
    const text = '{\n  "a": 1,\n}';
    expect(jsonErrorPosition('Expected double-quoted property name in JSON at position 12', text)).toEqual({
      line: 3,
      column: 1,
    });
    expect(jsonErrorPosition('Unexpected token } in JSON at position 12 (line 3 column 1)', text)).toEqual({
      line: 3,
      column: 1,
    });
    expect(
      jsonErrorPosition(
        'JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data',
        text,
      ),
    ).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPosition("JSON Parse error: Expected '}'", text)).toBeUndefined();
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('jsonErrorOffset', () => {
  it('finds the first syntax error, wherever the engine would not say', () => {
    expect(jsonErrorOffset('{"a": [1, {"b": null}], "c": "x\\n", "d": -1.5e3}')).toBeUndefined();
    expect(jsonErrorOffset('{"events": [,]}')).toBe(12);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{"a": "x')).toBe(6);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset('{"a": [1')).toBe(8);
  });
});
