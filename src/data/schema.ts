/**
 * The raw dataset format, v1 (DESIGN.md, "Dataset format (v1)"): the single source of truth for its
 * shape. The raw TypeScript types are inferred from it, the JSON Schema shipped as `data/schema.json`
 * is generated from it (`npm run schema`), and the validator checks each field against these
 * schemas before repairing it into the normalised model (`validate.ts`).
 */
import * as z from 'zod';
import { ISO_DATE_PATTERN } from './dates';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES } from './model';

/** A BCP 47 language tag such as "en", "ja" or "zh-Hant". */
export const LanguageTagSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
  .describe('A language tag such as "en", "ja" or "zh-Hant".');

/** Text as given: one string, or one string per language. */
export const LocalizedTextSchema = z.union([z.string(), z.record(LanguageTagSchema, z.string())]).meta({
  id: 'LocalizedText',
  description: 'Plain text, or an object with one text per language: {"en": "…", "ja": "…"}.',
});

/** An id: unique among its kind, stable, used in URLs. */
export const IdSchema = z.string().min(1).meta({
  id: 'Id',
  description: 'A unique, stable id (used in shared URLs), e.g. "takaichi-trump-call".',
});

/** An ISO 8601 date of year, month, day or minute precision. */
export const DateValueSchema = z
  .string()
  .regex(ISO_DATE_PATTERN)
  .meta({
    description:
      'ISO 8601: "2025", "2025-10", "2025-10-25", or a date-time with its UTC offset ("2025-10-25T21:30+08:00"). ' +
      'A date-time without an offset is read in the event\'s "timezone".',
    examples: ['2025-10-25', '2025-10-25T21:30+08:00'],
  });

/** A calendar day, YYYY-MM-DD. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar day, YYYY-MM-DD.');

/** person | country | organization. */
export const ActorKindSchema = z.enum(ACTOR_KINDS).describe('What the actor is.');
/** call | meeting | summit | visit | agreement | statement | other. */
export const EventTypeSchema = z.enum(EVENT_TYPES).describe('What kind of event it was. Default: "other".');
/** occurred | scheduled | cancelled. */
export const EventStatusSchema = z
  .enum(EVENT_STATUSES)
  .describe('Whether it happened, is scheduled (as of the sources) or was cancelled. Default: "occurred".');

/** A person, country or organization that takes part in events. */
export const ActorSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema.describe('The name shown for this actor.'),
    kind: ActorKindSchema,
    role: LocalizedTextSchema.optional().describe('e.g. "Prime Minister of Japan".'),
    country: z.string().optional().describe('The id or name of the country the actor belongs to.'),
  })
  .meta({ id: 'Actor' });

/** A theme that groups events (and can be a lane). */
export const TopicSchema = z
  .strictObject({
    id: IdSchema,
    label: LocalizedTextSchema.describe('The label shown for this topic.'),
  })
  .meta({ id: 'Topic' });

/** Where an event happened. */
export const LocationSchema = z
  .strictObject({
    name: LocalizedTextSchema.describe('The place, e.g. "Kuala Lumpur".'),
    country: z.string().optional(),
  })
  .meta({ id: 'Location', description: 'Where the event happened.' });

/** A publication an event's facts come from. */
export const SourceSchema = z
  .strictObject({
    name: z.string().min(1).describe('Who published it, e.g. "NHK".'),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/)
      .optional()
      .describe('An http: or https: link; other schemes are dropped.'),
    date: DateValueSchema.optional().describe('When the source was published.'),
  })
  .meta({ id: 'Source', description: 'Where the facts come from.' });

/** Words someone said, citing one of the event's sources by index. */
export const QuoteSchema = z
  .strictObject({
    speaker: z.string().min(1).describe("An actor id, or the speaker's name when not an actor."),
    text: LocalizedTextSchema.describe('The words quoted.'),
    source: z.int().min(0).optional().describe('Index into the event\'s "sources" (0 is the first).'),
  })
  .meta({ id: 'Quote' });

/** One diplomatic event. */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    title: LocalizedTextSchema.describe('A short headline.'),
    type: EventTypeSchema.optional(),
    start: DateValueSchema.describe(
      'When it started, in ISO 8601: "2025", "2025-10", "2025-10-25", or a date-time with its UTC offset ' +
        '("2025-10-25T21:30+08:00"; without an offset it is read in "timezone").',
    ),
    end: DateValueSchema.optional().describe(
      'When it ended (optional; inclusive for date-only values: "2025-10-28" includes the 28th).',
    ),
    timezone: z
      .string()
      .optional()
      .describe('IANA time zone of where it happened, e.g. "Asia/Kuala_Lumpur".'),
    status: EventStatusSchema.optional(),
    location: LocationSchema.optional(),
    actors: z.array(IdSchema).optional().describe('Ids of the actors involved (declared in "actors").'),
    topics: z.array(IdSchema).optional().describe('Ids of the topics it belongs to (declared in "topics").'),
    summary: LocalizedTextSchema.optional().describe('Plain text, in our own words.'),
    quotes: z.array(QuoteSchema).optional(),
    sources: z.array(SourceSchema).optional(),
    related: z.array(IdSchema).optional().describe('Ids of related events.'),
  })
  .meta({ id: 'Event' });

/** The window the first view frames. */
export const FocusSchema = z
  .strictObject({ from: DaySchema, to: DaySchema })
  .describe('The window the first view frames instead of all events (both days included).');

/** A whole dataset file. */
export const DatasetSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema this file follows, e.g. "./schema.json".'),
    title: LocalizedTextSchema.describe('Shown as the page heading.'),
    description: LocalizedTextSchema.optional(),
    actors: z.array(ActorSchema).optional(),
    topics: z.array(TopicSchema).optional(),
    events: z.array(EventSchema),
    focus: FocusSchema.optional(),
  })
  .meta({
    title: 'Diplomatic Timeline dataset (v1)',
    description: 'A timeline of diplomatic events: who met whom, when, where, and the sources.',
  });

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
