import type { LanesBy } from '../../store/types';

/** What the timeline splits into horizontal lanes by (the URL's `lanes`); one definition, in the store. */
export type { LanesBy };

/** One horizontal lane, top to bottom in the order given. */
export interface Lane {
  /** An actor or topic id, or `OTHER_LANE_KEY` / `ALL_LANE_KEY`. */
  readonly key: string;
  readonly label: string;
}

/** Lane for events with no actor (or no topic). Ids in datasets never start with `__`. */
export const OTHER_LANE_KEY = '__other';
/** The single lane of `lanes=none`. */
export const ALL_LANE_KEY = '__all';

/** Labels for the lanes that are not an actor or topic; English by default. */
export interface LaneText {
  readonly other: string;
  readonly all: string;
}

export const ENGLISH_LANE_TEXT: LaneText = { other: 'Other', all: 'Events' };
