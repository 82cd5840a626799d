/** Validating the dataset's declared actors and topics, the ids events refer to. */
import { issueSink, valueParam, type IssueSink } from './issues';
import { said, type IssueText } from './issueText';
import { ACTOR_KINDS, type Actor, type ActorKind, type DatasetIssue, type Topic } from '../model';
import {
  fits,
  isRecord,
  optionalString,
  optionalText,
  readId,
  readText,
  warnUnknownKeys,
  type RawRecord,
} from './readField';
import { ActorKindSchema, ActorSchema, TopicSchema } from '../schema';

/** The kind an actor gets when its own is missing or unknown. */
export const DEFAULT_ACTOR_KIND: ActorKind = 'person';

const KINDS = ACTOR_KINDS.join(', ');

const ACTOR_KEYS = Object.keys(ActorSchema.shape);
const TOPIC_KEYS = Object.keys(TopicSchema.shape);

interface Entry {
  readonly record: RawRecord;
  readonly id: string;
  readonly path: string;
}

/** The entries of a catalogue list that are objects with a usable, unique id; the rest are skipped. */
function entries(raw: unknown, list: 'actors' | 'topics', sink: IssueSink): Entry[] {
  if (raw === undefined) return [];
  const what = list === 'actors' ? 'actor' : 'topic';
  if (!Array.isArray(raw)) {
    sink.warn(list, said('listExpected', { what: list, value: valueParam(raw) }));
    return [];
  }
  const seen = new Map<string, string>();
  const kept: Entry[] = [];
  raw.forEach((record: unknown, i) => {
    const path = `${list}[${i}]`;
    if (!isRecord(record)) {
      const a = what === 'actor' ? 'an actor' : 'a topic';
      sink.error(path, said('entryNotObject', { a, value: valueParam(record) }));
      return;
    }
    const { id, problemText } = readId(record.id);
    if (id === undefined) {
      sink.error(
        `${path}.id`,
        problemText ? said('entrySkipped', { why: problemText, what }) : said('catalogNoId', { what }),
      );
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      sink.error(`${path}.id`, said('catalogIdRepeats', { id: valueParam(id), first, what }));
      return;
    }
    seen.set(id, path);
    kept.push({ record, id, path });
  });
  return kept;
}

/** A required name or label: the text, or the id (with a warning) when it is missing or unusable. */
function nameOrId(value: unknown, id: string, path: string, missing: IssueText, sink: IssueSink) {
  const { text, problemText } = readText(value);
  if (text !== undefined) return text;
  sink.warn(path, said('idShownInstead', { why: problemText ?? missing, id: valueParam(id) }));
  return id;
}

function actorKind(value: unknown, path: string, sink: IssueSink): ActorKind {
  const kind = fits(ActorKindSchema, value);
  if (kind !== undefined) return kind;
  const why = value === undefined ? said('actorNoKind') : said('notActorKind', { value: valueParam(value) });
  sink.warn(path, said('kindTreatedAs', { why, kinds: KINDS, fallback: DEFAULT_ACTOR_KIND }));
  return DEFAULT_ACTOR_KIND;
}

/**
 * The dataset's `actors`: entries without a usable id, or repeating an earlier id, are skipped
 * (`error`); a missing name becomes the id and a missing or unknown kind becomes "person" (`warning`).
 */
export function validateActors(raw: unknown, issues: DatasetIssue[]): Actor[] {
  const sink = issueSink(issues);
  return entries(raw, 'actors', sink).map(({ record, id, path }) => {
    warnUnknownKeys(record, ACTOR_KEYS, path, sink, 'an actor');
    const role = optionalText(record.role, `${path}.role`, sink);
    const country = optionalString(record.country, `${path}.country`, sink);
    return {
      id,
      name: nameOrId(record.name, id, `${path}.name`, said('actorNoName'), sink),
      kind: actorKind(record.kind, `${path}.kind`, sink),
      ...(role !== undefined && { role }),
      ...(country !== undefined && { country }),
    };
  });
}

/**
 * The dataset's `topics`: entries without a usable id, or repeating an earlier id, are skipped
 * (`error`); a missing label becomes the id (`warning`).
 */
export function validateTopics(raw: unknown, issues: DatasetIssue[]): Topic[] {
  const sink = issueSink(issues);
  return entries(raw, 'topics', sink).map(({ record, id, path }) => {
    warnUnknownKeys(record, TOPIC_KEYS, path, sink, 'a topic');
    return { id, label: nameOrId(record.label, id, `${path}.label`, said('topicNoLabel'), sink) };
  });
}
