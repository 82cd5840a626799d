import type { Actor, Topic } from '../data/model';
import { useEditorT } from '../i18n/useEditorT';
import { useLanguageName } from '../i18n/useLanguageName';
import { useIssueMessage } from '../i18n/useIssueMessage';
import { useText } from '../i18n/useText';
import type { EventIssue } from './draftIssues';
import { issuesAt } from './draftIssues';
import { DateField } from './DateField';
import {
  EVENT_FIELDS,
  inputValue,
  textOf,
  valueAt,
  withLanguage,
  withValue,
  type FieldSpec,
  type RawEvent,
} from './eventFields';
import { FieldFrame } from './FieldFrame';
import { IdListField } from './IdListField';
import { IdPicker } from './IdPicker';
import { QuotesEditor, SourcesEditor } from './ListEditors';
import { guessZone, timeZones } from './zoneGuess';

export interface EventFormProps {
  readonly event: RawEvent;
  readonly index: number;
  readonly issues: readonly EventIssue[] | undefined;
  readonly languages: readonly string[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  /** The event changed (`group` names the field, so typing merges into one undo step). */
  readonly onChange: (event: RawEvent, group: string | undefined) => void;
  /** A new actor or topic, declared and ticked on this event in one step. */
  readonly onCreate: (kind: 'actors' | 'topics', name: string) => void;
}

const ZONE_LIST_ID = 'editor-time-zones';

/** The chosen event's every field, from the field table, each with its messages beside it. */
export function EventForm({
  event,
  index,
  issues,
  languages,
  actors,
  topics,
  onChange,
  onCreate,
}: EventFormProps) {
  const t = useEditorT();
  const text = useText();
  const message = useIssueMessage();
  // `key` undefined: a change of its own in the history (a button press), never merged with typing.
  const set = (
    path: FieldSpec['path'],
    value: unknown,
    key: string | undefined,
    holder?: FieldSpec['holder'],
  ) => onChange(withValue(event, path, value, holder) as RawEvent, key && `events[${index}].${key}`);
  const langName = useLanguageName();
  const place =
    textOf(valueAt(event, ['location', 'name'])) ||
    textOf(valueAt(event, ['location', 'name']), languages[0]);
  const zone = textOf(valueAt(event, ['timezone']));
  const guessed = place && !zone ? guessZone(place) : undefined;
  const known = new Set([
    ...EVENT_FIELDS.map((f) => f.path[0]),
    'actors',
    'topics',
    'quotes',
    'sources',
    'related',
  ]);
  // Messages about keys no field shows (an unknown key, say) are listed at the top, never lost.
  const other = (issues ?? []).filter(({ rest }) => !known.has(rest.split(/[.[]/)[0] ?? '') || rest === '');

  const field = (spec: FieldSpec) => {
    const value = valueAt(event, spec.path);
    const fieldIssues = issuesAt(issues, spec.issuePath);
    const label = t(spec.label);
    if (spec.kind === 'localized' || spec.kind === 'longlocalized') {
      const perLanguage = languages.length > 0 || (typeof value === 'object' && value !== null);
      const langs = perLanguage ? (languages.length ? languages : Object.keys(value as object)) : [undefined];
      return langs.map((lang, i) => (
        <FieldFrame
          key={`${spec.key}-${lang ?? ''}`}
          label={lang ? t('fieldInLanguage', { field: label, lang: langName(lang) }) : label}
          issues={i === 0 ? fieldIssues : []}
        >
          {(a11y) => {
            const props = {
              ...a11y,
              value: textOf(value, lang),
              onChange: (e: { target: { value: string } }) =>
                set(spec.path, lang ? withLanguage(value, lang, e.target.value) : e.target.value, spec.key),
            };
            return spec.kind === 'longlocalized' ? (
              <textarea rows={4} {...props} />
            ) : (
              <input type="text" {...props} />
            );
          }}
        </FieldFrame>
      ));
    }
    if (spec.kind === 'date') {
      return (
        <DateField
          key={spec.key}
          label={label}
          value={textOf(value)}
          issues={fieldIssues}
          onChange={(next, discrete) => set(spec.path, next, discrete ? undefined : spec.key)}
        />
      );
    }
    return (
      <FieldFrame key={spec.key} label={label} issues={fieldIssues}>
        {(a11y) => {
          if (spec.kind === 'choice') {
            return (
              <select
                {...a11y}
                value={textOf(value)}
                onChange={(e) => set(spec.path, e.target.value, spec.key)}
              >
                <option value="">{t('fieldNone')}</option>
                {spec.options?.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            );
          }
          const common = {
            ...a11y,
            value: textOf(value),
            onChange: (e: { target: { value: string } }) =>
              set(spec.path, inputValue(spec, e.target.value), spec.key, spec.holder),
          };
          if (spec.kind === 'zone') {
            return (
              <span className="editor-inline">
                <input type="text" list={ZONE_LIST_ID} autoComplete="off" {...common} />
                {guessed ? (
                  <button
                    type="button"
                    className="header-button"
                    onClick={() => set(spec.path, guessed, undefined)}
                  >
                    {t('fieldZoneGuess', { zone: guessed })}
                  </button>
                ) : null}
              </span>
            );
          }
          if (spec.kind === 'number') return <input type="text" inputMode="decimal" {...common} />;
          if (spec.kind === 'url') return <input type="url" {...common} />;
          return <input type="text" {...common} />;
        }}
      </FieldFrame>
    );
  };

  const ids = (key: 'actors' | 'topics') => {
    const value = valueAt(event, [key]);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };

  return (
    <div className="editor-form">
      {other.length ? (
        <ul className="field-warning editor-other-issues">
          {other.map(({ issue }) => (
            <li key={`${issue.path}-${issue.message}`}>{`${issue.path}: ${message(issue)}`}</li>
          ))}
        </ul>
      ) : null}
      {EVENT_FIELDS.map(field)}
      <datalist id={ZONE_LIST_ID}>
        {timeZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <IdPicker
        legend={t('fieldActors')}
        newLabel={t('fieldNewActor')}
        choices={actors.map((a) => ({ id: a.id, name: text(a.name) }))}
        chosen={ids('actors')}
        issues={issuesAt(issues, 'actors')}
        onChange={(next) => set(['actors'], next, undefined)}
        onCreate={(name) => onCreate('actors', name)}
      />
      <IdPicker
        legend={t('fieldTopics')}
        newLabel={t('fieldNewTopic')}
        choices={topics.map((tp) => ({ id: tp.id, name: text(tp.label) }))}
        chosen={ids('topics')}
        issues={issuesAt(issues, 'topics')}
        onChange={(next) => set(['topics'], next, undefined)}
        onCreate={(name) => onCreate('topics', name)}
      />
      <SourcesEditor event={event} issues={issues} onChange={(next) => set(['sources'], next, 'sources')} />
      <QuotesEditor
        event={event}
        issues={issues}
        actorIds={actors.map((a) => a.id)}
        onChange={(next) => set(['quotes'], next, 'quotes')}
      />
      <IdListField
        label={t('fieldRelated')}
        ids={ids('related' as 'actors')}
        issues={issuesAt(issues, 'related')}
        onChange={(next) => set(['related'], next, 'related')}
      />
    </div>
  );
}
