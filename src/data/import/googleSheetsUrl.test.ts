import { describe, expect, it } from 'vitest';
import { sheetsCsvUrl } from './googleSheetsUrl';

const csvOf = (link: string) => sheetsCsvUrl(new URL(link));
const ID = '1AbC-dEf_123';
const PUB = '2PACX-1vQx_Yz-9';

describe('sheetsCsvUrl', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, '&gid=0'],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, ''],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?gid=42#gid=42`, '&gid=42'],
    [`https://docs.google.com/spreadsheets/d/${ID}/view`, ''],
    [`https://docs.google.com/spreadsheets/d/${ID}`, ''],
    [`https://docs.google.com/spreadsheets/d/${ID}/`, ''],
    [`https://docs.google.com/spreadsheets/d/${ID}/htmlview#gid=7`, '&gid=7'],
  ])('maps the share link %s to the CSV export', (link, tab) => {
    expect(csvOf(link)).toBe(`https://docs.google.com/spreadsheets/d/${ID}/export?format=csv${tab}`);
  });

  it.each([
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pubhtml`, ''],
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pubhtml?gid=3&single=true`, '&gid=3'],
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=html`, ''],
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?gid=5&single=true&output=tsv`, '&gid=5'],
  ])('maps the publish link %s to the published CSV', (link, tab) => {
    expect(csvOf(link)).toBe(`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=csv${tab}`);
  });

  it('keeps links that already ask for CSV', () => {
    const exported = `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv&gid=1`;
    const published = `https://docs.google.com/spreadsheets/d/e/${PUB}/pub?gid=1&single=true&output=csv`;
    expect(csvOf(exported)).toBe(exported);
    expect(csvOf(published)).toBe(published);
  });

  it('leaves every other address alone', () => {
    expect(csvOf('https://example.org/spreadsheets/d/abc/edit')).toBeUndefined();
    expect(csvOf('https://docs.google.com/document/d/abc/edit')).toBeUndefined();
    expect(csvOf('https://docs.google.com/spreadsheets/u/0/')).toBeUndefined();
  });
});
