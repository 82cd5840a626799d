import { readFileSync } from 'node:fs';
import { englishImport } from './importText';
import { describe, expect, it } from 'vitest';
import { importDataset } from './importDataset';
import { isoOfFields, timelineJsDate } from './timelineJsDate';

// Other people's files, kept only in ../shared/real/ (issue 13): read in place, never copied.
const real = (name: string) =>
  readFileSync(new URL(`../../../../shared/real/${name}`, import.meta.url), 'utf8');

describe('TimelineJS deep time from the real corpus', () => {
  it('loads every event of the years-bce example, each year as N BCE', () => {
    const { dataset, issues, report } = importDataset(real('tljs3-knightlab-years-bce.json'), 'years.json');
    expect(report.inputCount).toBe(5);
    expect(dataset.events.map((e) => e.start.year)).toEqual([-5410, -2520, -2010, -1450, -258]);
    expect(dataset.events.every((e) => e.start.precision === 'year')).toBe(true);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('loads every event of the cosmological example, from the Big Bang on', () => {
    const { dataset, issues } = importDataset(real('tljs3-knightlab-cosmo.json'), 'cosmo.json');
    expect(dataset.events).toHaveLength(7);
    const years = dataset.events.map((e) => e.start.year);
    expect(years).toEqual([
      -13_800_000_000, -13_799_630_000, -12_800_000_000, -4_600_000_000, -538_800_000, -315_000, -3500,
    ]);
    const paleozoic = dataset.events.find((e) => e.start.year === -538_800_000);
    expect(paleozoic?.end?.year).toBe(-251_902_000);
    // Time order holds on the float axis.
    const t0 = dataset.events.map((e) => e.t0);
    expect([...t0].sort((a, b) => a - b)).toEqual(t0);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('isoOfFields: calendar fields to ISO text (for every importer)', () => {
  it('writes BCE and far years in ISO 8601 expanded form', () => {
    expect(isoOfFields({ year: -3300 })).toEqual({ iso: '-3300', hasTime: false });
    expect(isoOfFields({ year: -44, month: 3, day: 15 })).toEqual({ iso: '-0044-03-15', hasTime: false });
    expect(isoOfFields({ year: 50, month: 6, day: 1 })).toEqual({ iso: '0050-06-01', hasTime: false });
    expect(isoOfFields({ year: 12000 })).toEqual({ iso: '+12000', hasTime: false });
    expect(timelineJsDate({ year: '-13800000000' })).toEqual({ iso: '-13800000000', hasTime: false });
  });

  it('refuses the year 0, saying why', () => {
    const refused = isoOfFields({ year: 0 });
    expect('problem' in refused && englishImport(refused.problem)).toBe(
      'the year 0 does not exist: 1 BCE (-1) is followed by 1 CE (1)',
    );
  });
});
