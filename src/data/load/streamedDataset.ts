/**
 * A dataset validated while it downloads (issue #5): the events are parsed and validated run by
 * run as the text arrives ({@link EventsArrayScanner}), so little is left to do once the last byte
 * is in. Only for a dataset in our format whose text keeps to the plain shape (an object with one
 * `"events"` list, actors and topics before it); anything else — invalid JSON, a TimelineJS file,
 * a catalog after the events — is left to the whole-text path, which then gives the same result or
 * the same error as ever.
 */
import { EventsArrayScanner } from './eventsArrayScanner';
import { isTimelineJs, isTimelineJsSlide } from '../import/detectTimelineJs';
import type { LoadResult } from '../model';
import { isRecord, type RawRecord } from '../validate/readField';
import { findRepeatedKeys, withRepeatedKeys, type RepeatedKey } from './repeatedKeys';
import { DatasetValidation, type EventKeeper } from '../validate/validate';

function parsedRecord(text: string | undefined): RawRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export class StreamedDataset {
  private readonly scanner = new EventsArrayScanner();
  private validation: DatasetValidation | undefined;
  /** The dataset as read before its events: the actors and topics the events were checked against. */
  private head: RawRecord | undefined;
  private gaveUp = false;
  /** Keys given twice within an event, found run by run. */
  private readonly repeated: RepeatedKey[] = [];
  /** How many events the runs so far held. */
  private eventCount = 0;

  /** How many events were read (usable or not). */
  get eventsRead(): number {
    return this.eventCount;
  }

  constructor(private readonly keeper: EventKeeper) {}

  /** Reads the next piece of the text, validating the events it completes. */
  push(text: string): void {
    if (this.gaveUp) return;
    for (const run of this.scanner.push(text)) {
      const list = `[${run}]`;
      let events: unknown;
      try {
        events = JSON.parse(list);
      } catch {
        events = undefined;
      }
      this.head ??= parsedRecord(this.scanner.headSkeleton());
      if (!Array.isArray(events) || !this.head || events.some(isTimelineJsSlide)) {
        this.giveUp();
        return;
      }
      this.validation ??= new DatasetValidation(this.head, this.keeper, 0);
      this.validation.events(events);
      this.repeated.push(...findRepeatedKeys(list, 'events', this.eventCount));
      this.eventCount += events.length;
    }
    if (this.scanner.failed) this.giveUp();
  }

  /**
   * The validated dataset once the whole text was pushed (its events went to the keeper), or
   * undefined when the whole text must be read instead.
   */
  finish(): LoadResult | undefined {
    if (this.gaveUp || !this.validation || !this.head) return undefined;
    const skeleton = this.scanner.skeleton();
    const record = parsedRecord(skeleton);
    if (!record || isTimelineJs(record)) return undefined;
    const outside = findRepeatedKeys(skeleton ?? '');
    // JSON.parse keeps the last "events" list; the runs read were the first one's.
    if (outside.some(({ path, key }) => path === '' && key === 'events')) return undefined;
    // A catalog given after the events, or given twice, is not the one the events were checked against.
    const same = (key: string) => JSON.stringify(record[key]) === JSON.stringify(this.head?.[key]);
    if (!same('actors') || !same('topics')) return undefined;
    return withRepeatedKeys(this.validation.finish(record), [...outside, ...this.repeated]);
  }

  private giveUp(): void {
    this.gaveUp = true;
    this.validation = undefined;
  }
}
