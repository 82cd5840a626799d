/**
 * One event that uses every field of the format, raw and as the validator returns it (issue 12).
 * Both are typed to hold every key, nested ones included: a field added to the schema (`RawEvent`)
 * or the model (`TimelineEvent`) fails to compile here until it is written in, and then
 * `fastEvent.property.test.ts` fails until the careful path, the fast path and the packed hand-over
 * (`worker/packedEvents.test.ts`) all carry it.
 */
import { parseDatePoint, spanOf } from '../dates';
import type { DatePoint, TimelineEvent } from '../model';
import type { RawEvent } from '../schema';

/** `T` with every optional field required, all the way down (a date point is taken as it is). */
export type EveryField<T> = T extends DatePoint
  ? T
  : T extends readonly (infer E)[]
    ? readonly EveryField<E>[]
    : T extends object
      ? { readonly [K in keyof T]-?: EveryField<Exclude<T[K], undefined>> }
      : T;

const ZONE = 'Asia/Kuala_Lumpur';

/** The raw event, as a dataset file holds it. */
export const everyFieldRaw = {
  id: 'every-field',
  title: { en: 'Every field', ja: '全項目' },
  type: 'summit',
  start: '2025-10-26T21:30',
  end: '2025-10-28',
  timezone: ZONE,
  status: 'scheduled',
  location: {
    name: { en: 'Kuala Lumpur', ja: 'クアラルンプール' },
    country: 'Malaysia',
    lat: 3.139,
    lon: 101.6869,
  },
  actors: ['takaichi', 'anwar'],
  topics: ['asean'],
  summary: { en: 'A summit that uses every field.', ja: '全項目を使う首脳会議。' },
  quotes: [{ speaker: 'takaichi', text: { en: 'Every word.', ja: 'すべての言葉。' }, source: 0 }],
  sources: [{ name: 'NHK', url: 'https://www3.nhk.or.jp/news/', date: '2025-10-26' }],
  related: ['other-event'],
  displayDate: { en: 'Late October 2025', ja: '2025年10月下旬' },
  media: [
    {
      url: 'https://www.example.org/summit.jpg',
      kind: 'image',
      alt: { en: 'Leaders on a stage', ja: '壇上の首脳' },
      caption: { en: 'The opening session.', ja: '開会式。' },
      credit: 'Photo: Example',
      license: 'CC BY 4.0',
    },
  ],
  background: { color: '#102030', url: 'images/kuala-lumpur.jpg' },
} as const satisfies EveryField<RawEvent>;

/** A dataset that declares what the event refers to, so nothing about it is repaired. */
export const everyFieldDataset = {
  title: 'Every field',
  actors: [
    { id: 'takaichi', name: 'Sanae Takaichi', kind: 'person' },
    { id: 'anwar', name: 'Anwar Ibrahim', kind: 'person' },
  ],
  topics: [{ id: 'asean', label: 'ASEAN' }],
  events: [everyFieldRaw, { id: 'other-event', title: 'Other event', start: '2025-10-20' }],
};

function point(value: string): DatePoint {
  const parsed = parseDatePoint(value, ZONE);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

const start = point(everyFieldRaw.start);
const end = point(everyFieldRaw.end);

/** The event as validation returns it, `related` resolved. */
export const everyFieldExpected = {
  id: everyFieldRaw.id,
  title: everyFieldRaw.title,
  type: everyFieldRaw.type,
  start,
  end,
  ...spanOf(start, end),
  timezone: ZONE,
  status: everyFieldRaw.status,
  location: everyFieldRaw.location,
  actors: everyFieldRaw.actors,
  topics: everyFieldRaw.topics,
  summary: everyFieldRaw.summary,
  quotes: everyFieldRaw.quotes,
  sources: everyFieldRaw.sources,
  related: everyFieldRaw.related,
  displayDate: everyFieldRaw.displayDate,
  media: everyFieldRaw.media,
  background: everyFieldRaw.background,
} satisfies EveryField<TimelineEvent>;
