import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio, themeTokens } from './contrast';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

// axe-core does not check SVG text or the colours of marks and focus rings; this does (issue 6):
// 4.5:1 for text, 3:1 for marks and focus rings, in every theme.
const THEMES = {
  light: ':root',
  dark: ":root[data-theme='dark']",
  contrast: ":root[data-theme='contrast']",
};

const TEXT_PAIRS: readonly [fg: string, bg: string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['text', 'lane-a'],
  ['text', 'lane-b'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-2'],
  ['text-muted', 'lane-b'],
  ['accent', 'surface'],
  ['accent', 'bg'],
  ['accent-strong', 'accent-soft'],
  ['danger', 'danger-soft'],
  ['text', 'warn-soft'],
  ['text', 'accent-soft'],
];

const MARK_PAIRS: readonly [fg: string, bg: string][] = [
  ['mark', 'lane-a'],
  ['mark', 'lane-b'],
  ['mark-scheduled', 'lane-a'],
  ['mark-scheduled', 'lane-b'],
  ['mark-cancelled', 'lane-a'],
  ['mark-selected', 'lane-a'],
  ['mark-selected', 'lane-b'],
  ['focus', 'surface'],
  ['focus', 'lane-b'],
  ['focus', 'bg'],
  ['control-border', 'surface'],
  ['control-border', 'bg'],
];

describe.each(Object.entries(THEMES))('the %s theme', (_name, selector) => {
  const tokens = themeTokens(css, selector);
  const ratio = (a: string, b: string) => {
    const fg = tokens[a];
    const bg = tokens[b];
    if (!fg || !bg) throw new Error(`missing --${fg ? b : a} in ${selector}`);
    return contrastRatio(fg, bg);
  };

  it.each(TEXT_PAIRS)('text --%s on --%s reaches 4.5:1', (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARK_PAIRS)('mark --%s on --%s reaches 3:1', (fg, bg) => {
    expect(ratio(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrastRatio', () => {
  it('matches known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
