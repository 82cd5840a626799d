import type { MessageTable } from '../defineMessages';

/** Strings of the large-dataset work (issue #5): the density view and the loading indicator. */
export const scaleMessages = {
  scaleDensityNote:
    'Too many events here to draw one by one: the bars show how many. Zoom in, or use the arrow keys, to reach each event.',
  scaleLoading: 'Loading the dataset…',
  scaleLoadingLabel: 'Loading progress',
  scaleListWindow: 'Showing {from}–{to} of {n} events: scroll the list to see more.',
} satisfies MessageTable;
