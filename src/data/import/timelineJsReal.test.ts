/**
 * The TimelineJS fields of issue 13 (media, eras, backgrounds, display dates, located places) on
 * real files other people made, read from ../shared/real/ (never copied into the project).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataset } from './importDataset';

const REAL = new URL('../../../../shared/real/', import.meta.url);
const real = (name: string) => readFileSync(new URL(name, REAL), 'utf8');

describe.skipIf(!existsSync(REAL))('TimelineJS files from ../shared/real/', () => {
  it('all-media-types: every slide keeps its medium; markup becomes text with its link', () => {
    const { dataset, report } = importDataset(real('tljs3-knightlab-all-media-types.json'), 'media.json');
    const slides = (JSON.parse(real('tljs3-knightlab-all-media-types.json')) as { events: unknown[] }).events;
    expect(dataset.events).toHaveLength(slides.length);
    const media = dataset.events.flatMap((e) => e.media ?? []);
    const byUrl = (part: string) => media.find((m) => m.url.includes(part));
    expect(byUrl('youtube.com')?.kind).toBe('video');
    expect(byUrl('soundcloud.com')?.kind).toBe('audio');
    expect(byUrl('escalator.mp4')?.kind).toBe('video');
    expect(byUrl('bach-cello-suite.mp3')?.kind).toBe('audio');
    expect(byUrl('banana_PNG851.png')?.kind).toBe('image');
    // The iframe becomes an embed of its src; the tweet's blockquote a link with the tweet as text.
    expect(byUrl('cdn.knightlab.com/libs/timeline3')?.kind).toBe('embed');
    const tweet = media.find(
      (m) => m.kind === 'link' && typeof m.caption === 'string' && m.caption.includes('year of the dog'),
    );
    expect(tweet?.url).toMatch(/^https:\/\/twitter\.com\//);
    expect(media.every((m) => !m.url.includes('<'))).toBe(true);
    // Captions and credits are text, never markup.
    expect(media.some((m) => m.credit !== undefined)).toBe(true);
    expect(media.every((m) => typeof m.caption !== 'string' || !/<\w/.test(m.caption))).toBe(true);
    expect(dataset.events.filter((e) => e.background).length).toBeGreaterThan(5);
    // Left out only: thumbnails, link targets, and the block quote that has no link.
    const reasons = new Set(report.dropped.map((d) => d.message.replace(/ \(.*\)/, '')));
    expect([...reasons].sort()).toEqual([
      'media.link_target was not imported: links always open in a new tab',
      'media.url is markup without a link; it was not imported',
      'the title slide’s media was not imported: it has no place in our format',
    ]);
  });

  it('eras: the three eras come in as eras, slide backgrounds as backgrounds', () => {
    const { dataset, report } = importDataset(real('tljs3-knightlab-eras.json'), 'eras.json');
    expect(dataset.eras?.map((e) => [e.title, e.start.year, e.end?.year])).toEqual([
      ['Era Test 600-650', 600, 650],
      ['Era Test 650-700', 650, 700],
      ['Era Test 700-720', 700, 720],
    ]);
    expect(dataset.events).toHaveLength(20);
    expect(dataset.events.filter((e) => e.background?.url).length).toBeGreaterThan(3);
    expect(report.dropped.every((d) => d.message.startsWith('background.opacity'))).toBe(true);
  });

  it('marktwain: located slides keep lat/lon and name; map styling is listed', () => {
    const { dataset, report } = importDataset(real('tljs3-knightlab-marktwain.json'), 'twain.json');
    const located = dataset.events.filter((e) => e.location?.lat !== undefined);
    expect(located.length).toBeGreaterThan(5);
    expect(located.every((e) => Math.abs(e.location?.lat ?? 99) <= 90)).toBe(true);
    expect(report.dropped.some((d) => d.message.startsWith('location.zoom was not imported'))).toBe(true);
  });

  it('interjust: relative background images are kept as given, to resolve against the file', () => {
    const { dataset } = importDataset(real('tljs3-interjust-universal-jurisdiction.json'), 'ij.json');
    expect(dataset.events.some((e) => e.background?.url?.startsWith('images/timeline/'))).toBe(true);
  });
});
