import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/events.json';

/**
 * The default dataset must survive a fact check (issue 17): these are the rules a reviewer would
 * check first, run on every change so that an edit cannot quietly break one.
 */
interface RawSource {
  readonly name: string;
  readonly url?: string;
}
interface RawQuote {
  readonly speaker: string;
  readonly text: unknown;
  readonly source?: number;
}
interface RawEvent {
  readonly id: string;
  readonly start: string;
  readonly end?: string;
  readonly timezone?: string;
  readonly sources?: readonly RawSource[];
  readonly quotes?: readonly RawQuote[];
}

const events = bundled.events as readonly RawEvent[];
const actorIds = new Set(bundled.actors.map((a) => a.id));

/** Government, ASEAN, APEC or court hosts: what the issue counts as an official source. */
const OFFICIAL_HOSTS = [
  'mofa.go.jp',
  'kantei.go.jp',
  'mlit.go.jp',
  'emb-japan.go.jp',
  'govinfo.gov',
  'whitehouse.gov',
  'senate.gov',
  'asean.org',
  'apec.org',
];

const hostOf = (url: string) => new URL(url).hostname;
const isOfficial = (source: RawSource) =>
  source.url !== undefined &&
  OFFICIAL_HOSTS.some((host) => hostOf(source.url!) === host || hostOf(source.url!).endsWith(`.${host}`));

const hasTime = (value: string) => value.includes('T');

describe('data/events.json, the default dataset', () => {
  it('holds the three events of the mission: the first call, the ASEAN summit and the Tokyo summit', () => {
    const ids = events.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'jp-us-call-takaichi-trump-2025-10-25',
        'asean-47-summit-kl-2025-10-26',
        'jp-us-summit-tokyo-2025-10-28',
      ]),
    );
  });

  it.each(events.map((e) => [e.id, e] as const))('%s cites at least one https source', (_id, event) => {
    const https = (event.sources ?? []).filter((s) => s.url?.startsWith('https://'));
    expect(https.length).toBeGreaterThan(0);
  });

  it.each(events.map((e) => [e.id, e] as const))(
    '%s: every quote has a speaker and points at one of its sources',
    (_id, event) => {
      for (const quote of event.quotes ?? []) {
        expect(quote.speaker.trim()).not.toBe('');
        expect(quote.source).toBeTypeOf('number');
        expect(event.sources?.[quote.source!]).toBeDefined();
      }
    },
  );

  it.each(events.map((e) => [e.id, e] as const))('%s: a time of day comes with its zone', (_id, event) => {
    const timed = [event.start, event.end].filter((v): v is string => v !== undefined && hasTime(v));
    for (const value of timed) expect(value).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
    expect(event.timezone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
  });

  it('names a known actor, or a person by name, as each speaker', () => {
    const speakers = events.flatMap((e) => (e.quotes ?? []).map((q) => q.speaker));
    expect(speakers.filter((s) => !actorIds.has(s))).toEqual([]);
  });

  it('cites an official source for at least three quarters of its events', () => {
    const official = events.filter((e) => (e.sources ?? []).some(isOfficial));
    expect(official.length / events.length).toBeGreaterThanOrEqual(0.75);
  });

  it('is described source by source in data/SOURCES.md', () => {
    const list = readFileSync(new URL('../../data/SOURCES.md', import.meta.url), 'utf8');
    const missing = events.flatMap((e) =>
      (e.sources ?? []).filter((s) => s.url && !list.includes(`<${s.url}>`)).map((s) => `${e.id}: ${s.url}`),
    );
    expect(missing).toEqual([]);
    for (const event of events) expect(list).toContain(`\`${event.id}\``);
  });
});
