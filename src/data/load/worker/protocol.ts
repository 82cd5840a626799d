import type { UrlLoadResult } from '../load';
import type { IssueText } from '../../validate/issueText';
import type { PackedEvents } from './packedFormat';

/** Main thread → worker: load the dataset at `url` (resolved against `base`). */
export interface LoadRequest {
  readonly url: string;
  readonly base: string;
  /** Bypass the browser's cache ("Reload data"). */
  readonly fresh?: boolean;
}

/** Worker → main thread: how far the load has come, then its outcome. */
export type LoadReply =
  | {
      readonly type: 'progress';
      readonly stage: LoadStage;
      /**
       * With `validating`: when the last byte of the file arrived (ms since the epoch, from the
       * worker's resource timing). Events are validated while the file downloads, so the moment the
       * worker finished reading can be later than the moment the data was there.
       */
      readonly arrivedAt?: number;
    }
  | {
      readonly type: 'done';
      /** The result with its dataset's events left out (empty): they travel packed, in `events`. */
      readonly result: UrlLoadResult;
      readonly events: PackedEvents;
    }
  | {
      readonly type: 'failed';
      readonly message: string;
      readonly loadError: boolean;
      /** A DatasetLoadError's `reason`: plain data, so it survives the copy to the page. */
      readonly reason?: IssueText;
    };

/** `downloading` until the whole file is in hand, then `validating` (parse, validate, normalise). */
export type LoadStage = 'downloading' | 'validating';
