/** Validating the dataset's `eras` (DESIGN.md, "Eras"): each is checked on its own, bad ones skipped with a reason. */
import { isDateError, parseDatePoint, spanOf } from '../dates';
import { issueSink, valueParam } from './issues';
import { said, type IssueText } from './issueText';
import type { DatasetIssue, DatePoint, Era } from '../model';
import { isRecord, optionalList, readId, readText, warnUnknownKeys } from './readField';
import { EraSchema } from '../schema';
import { isHexColor } from './validateMedia';

const ERA_KEYS = Object.keys(EraSchema.shape);

/** The `t1` of an era without an end: it runs on past any event (a finite number, so JSON keeps it). */
export const OPEN_ENDED = Number.MAX_VALUE;

function point(value: unknown): DatePoint | { problem: string | IssueText } {
  if (typeof value !== 'string') return { problem: said('dateNotText', { value: valueParam(value) }) };
  const parsed = parseDatePoint(value);
  return isDateError(parsed) ? { problem: parsed.text ?? parsed.error } : parsed;
}

/**
 * The dataset's eras in time order (by start, then end, then id). An era is skipped when it is not
 * an object, or has no usable id (or repeats one), title or start; a bad end or colour is dropped
 * with a warning and the era kept.
 */
export function validateEras(value: unknown, issues: DatasetIssue[]): Era[] | undefined {
  const sink = issueSink(issues);
  const list = optionalList(value, 'eras', sink, 'eras');
  if (list === undefined) return undefined;
  const seen = new Set<string>();
  const eras: Era[] = [];
  list.forEach((raw, i) => {
    const path = `eras[${i}]`;
    if (!isRecord(raw)) {
      sink.error(path, said('entryNotObject', { a: 'an era', value: valueParam(raw) }));
      return;
    }
    warnUnknownKeys(raw, ERA_KEYS, path, sink, 'an era');
    let ok = true;
    const skip = (at: string, why: string | IssueText) => {
      sink.error(`${path}.${at}`, said('entrySkipped', { why, what: 'era' }));
      ok = false;
    };
    const { id, problemText: idProblem } = readId(raw.id);
    const { text: title, problemText: titleProblem } = readText(raw.title);
    const start = raw.start === undefined ? { problem: said('eraNoStart') } : point(raw.start);
    if (id === undefined) skip('id', idProblem ?? said('eraNoId'));
    else if (seen.has(id)) skip('id', said('eraIdRepeats', { id: valueParam(id) }));
    if (title === undefined) skip('title', titleProblem ?? said('eraNoTitle'));
    if ('problem' in start) skip('start', start.problem);
    let end: DatePoint | undefined;
    if (raw.end !== undefined) {
      const parsed = point(raw.end);
      const why =
        'problem' in parsed
          ? parsed.problem
          : !('problem' in start) && spanOf(start, parsed).t1 < start.wall
            ? said('endBeforeStart', { end: valueParam(raw.end), start: valueParam(raw.start) })
            : undefined;
      if (why === undefined && !('problem' in parsed)) end = parsed;
      else sink.warn(`${path}.end`, said('eraEndDropped', { why: why ?? '' }));
    }
    let color: string | undefined;
    if (raw.color !== undefined) {
      if (isHexColor(raw.color)) color = raw.color;
      else sink.warn(`${path}.color`, said('colorDropped', { value: valueParam(raw.color) }));
    }
    if (!ok || id === undefined || title === undefined || 'problem' in start) return;
    seen.add(id);
    const span = raw.end === undefined ? { t0: start.wall, t1: OPEN_ENDED } : spanOf(start, end ?? undefined);
    eras.push({
      id,
      title,
      start,
      ...(end !== undefined && { end }),
      ...span,
      ...(color !== undefined && { color }),
    });
  });
  eras.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return eras.length > 0 ? eras : undefined;
}
