import type { MessageTable } from '../defineMessages';

/** The reader's view (issue 11): details beside the chart or in a dialog, slides that never cut text. */
export const readingMessages = {
  readingMoreBelow: 'More below: scroll',
} satisfies MessageTable;
