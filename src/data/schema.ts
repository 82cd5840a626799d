/**
 * The raw dataset format, v1 (DESIGN.md, "Dataset format (v1)"): the single source of truth for its
 * shape. The raw TypeScript types are inferred from it, the JSON Schema shipped as `data/schema.json`
 * is generated from it (`npm run schema`), and the validator checks each field against these
 * schemas before repairing it into the normalised model (`validate.ts`).
 */
import * as z from 'zod/mini';
import { ISO_DATE_PATTERN } from './dates';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES } from './model';

/**
 * A copy of `schema` with `meta` (a description, an id for the JSON Schema's definitions) in zod's
 * global registry: what full zod's `.describe()` and `.meta()` do, for zod/mini, whose schemas
 * weigh a fraction of full zod's in the loading worker's bundle.
 */
function described<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
}

/** A BCP 47 language tag such as "en", "ja" or "zh-Hant". */
export const LanguageTagSchema = described(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)), {
  description: 'A language tag such as "en", "ja" or "zh-Hant".',
});

/** Text as given: one string, or one string per language. */
export const LocalizedTextSchema = described(z.union([z.string(), z.record(LanguageTagSchema, z.string())]), {
  id: 'LocalizedText',
  description: 'Plain text, or an object with one text per language: {"en": "…", "ja": "…"}.',
});

/** An id: unique among its kind, stable, used in URLs. */
export const IdSchema = described(z.string().check(z.minLength(1)), {
  id: 'Id',
  description: 'A unique, stable id (used in shared URLs), e.g. "takaichi-trump-call".',
});

/** An ISO 8601 date of year, month, day or minute precision. */
export const DateValueSchema = described(z.string().check(z.regex(ISO_DATE_PATTERN)), {
  description:
    'ISO 8601: "2025", "2025-10", "2025-10-25", or a date-time with its UTC offset ("2025-10-25T21:30+08:00"). ' +
    'A date-time without an offset is read in the event\'s "timezone".',
  examples: ['2025-10-25', '2025-10-25T21:30+08:00'],
});

/** A calendar day, YYYY-MM-DD. */
export const DaySchema = described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), {
  description: 'A calendar day, YYYY-MM-DD.',
});

/** person | country | organization. */
export const ActorKindSchema = described(z.enum(ACTOR_KINDS), { description: 'What the actor is.' });
/** call | meeting | summit | visit | agreement | statement | other. */
export const EventTypeSchema = described(z.enum(EVENT_TYPES), {
  description: 'What kind of event it was. Default: "other".',
});
/** occurred | scheduled | cancelled. */
export const EventStatusSchema = described(z.enum(EVENT_STATUSES), {
  description: 'Whether it happened, is scheduled (as of the sources) or was cancelled. Default: "occurred".',
});

/** A person, country or organization that takes part in events. */
export const ActorSchema = described(
  z.strictObject({
    id: IdSchema,
    name: described(LocalizedTextSchema, { description: 'The name shown for this actor.' }),
    kind: ActorKindSchema,
    role: described(z.optional(LocalizedTextSchema), { description: 'e.g. "Prime Minister of Japan".' }),
    country: described(z.optional(z.string()), {
      description: 'The id or name of the country the actor belongs to.',
    }),
  }),
  { id: 'Actor' },
);

/** A theme that groups events (and can be a lane). */
export const TopicSchema = described(
  z.strictObject({
    id: IdSchema,
    label: described(LocalizedTextSchema, { description: 'The label shown for this topic.' }),
  }),
  { id: 'Topic' },
);

/** Where an event happened. */
export const LocationSchema = described(
  z.strictObject({
    name: described(LocalizedTextSchema, { description: 'The place, e.g. "Kuala Lumpur".' }),
    country: z.optional(z.string()),
    lat: described(z.optional(z.number().check(z.minimum(-90), z.maximum(90))), {
      description: 'Latitude in WGS 84 degrees (-90 to 90); given together with "lon".',
    }),
    lon: described(z.optional(z.number().check(z.minimum(-180), z.maximum(180))), {
      description: 'Longitude in WGS 84 degrees (-180 to 180); given together with "lat".',
    }),
  }),
  { id: 'Location', description: 'Where the event happened; "lat" and "lon" place it on the map.' },
);

/** A publication an event's facts come from. */
export const SourceSchema = described(
  z.strictObject({
    name: described(z.string().check(z.minLength(1)), { description: 'Who published it, e.g. "NHK".' }),
    url: described(z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/))), {
      description: 'An http: or https: link; other schemes are dropped.',
    }),
    date: described(z.optional(DateValueSchema), { description: 'When the source was published.' }),
  }),
  { id: 'Source', description: 'Where the facts come from.' },
);

/** Words someone said, citing one of the event's sources by index. */
export const QuoteSchema = described(
  z.strictObject({
    speaker: described(z.string().check(z.minLength(1)), {
      description: "An actor id, or the speaker's name when not an actor.",
    }),
    text: described(LocalizedTextSchema, { description: 'The words quoted.' }),
    source: described(z.optional(z.int().check(z.minimum(0))), {
      description: 'Index into the event\'s "sources" (0 is the first).',
    }),
  }),
  { id: 'Quote' },
);

/** One diplomatic event. */
export const EventSchema = described(
  z.strictObject({
    id: IdSchema,
    title: described(LocalizedTextSchema, { description: 'A short headline.' }),
    type: z.optional(EventTypeSchema),
    start: described(DateValueSchema, {
      description:
        'When it started, in ISO 8601: "2025", "2025-10", "2025-10-25", or a date-time with its UTC offset ' +
        '("2025-10-25T21:30+08:00"; without an offset it is read in "timezone").',
    }),
    end: described(z.optional(DateValueSchema), {
      description:
        'When it ended (optional; inclusive for date-only values: "2025-10-28" includes the 28th).',
    }),
    timezone: described(z.optional(z.string()), {
      description: 'IANA time zone of where it happened, e.g. "Asia/Kuala_Lumpur".',
    }),
    status: z.optional(EventStatusSchema),
    location: z.optional(LocationSchema),
    actors: described(z.optional(z.array(IdSchema)), {
      description: 'Ids of the actors involved (declared in "actors").',
    }),
    topics: described(z.optional(z.array(IdSchema)), {
      description: 'Ids of the topics it belongs to (declared in "topics").',
    }),
    summary: described(z.optional(LocalizedTextSchema), { description: 'Plain text, in our own words.' }),
    quotes: z.optional(z.array(QuoteSchema)),
    sources: z.optional(z.array(SourceSchema)),
    related: described(z.optional(z.array(IdSchema)), { description: 'Ids of related events.' }),
  }),
  { id: 'Event' },
);

/** The window the first view frames. */
export const FocusSchema = described(z.strictObject({ from: DaySchema, to: DaySchema }), {
  description: 'The window the first view frames instead of all events (both days included).',
});

/** A whole dataset file. */
export const DatasetSchema = described(
  z.strictObject({
    $schema: described(z.optional(z.string()), {
      description: 'The JSON Schema this file follows, e.g. "./schema.json".',
    }),
    title: described(LocalizedTextSchema, { description: 'Shown as the page heading.' }),
    description: z.optional(LocalizedTextSchema),
    actors: z.optional(z.array(ActorSchema)),
    topics: z.optional(z.array(TopicSchema)),
    events: z.array(EventSchema),
    focus: z.optional(FocusSchema),
  }),
  {
    title: 'Diplomatic Timeline dataset (v1)',
    description: 'A timeline of diplomatic events: who met whom, when, where, and the sources.',
  },
);

/** Raw (as written, before validation) types, inferred from the schemas above. */
export type RawLocalizedText = z.infer<typeof LocalizedTextSchema>;
export type RawActor = z.infer<typeof ActorSchema>;
export type RawTopic = z.infer<typeof TopicSchema>;
export type RawLocation = z.infer<typeof LocationSchema>;
export type RawSource = z.infer<typeof SourceSchema>;
export type RawQuote = z.infer<typeof QuoteSchema>;
export type RawEvent = z.infer<typeof EventSchema>;
export type RawFocus = z.infer<typeof FocusSchema>;
export type RawDataset = z.infer<typeof DatasetSchema>;

/** The JSON Schema (draft-07, which most editors understand) of {@link DatasetSchema}. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetSchema, { target: 'draft-07' });
}

/** {@link datasetJsonSchema} as the text of `data/schema.json`: 2-space indent, final newline. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
