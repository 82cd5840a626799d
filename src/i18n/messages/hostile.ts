import type { MessageTable } from '../defineMessages';

/** Odd and hostile input (issue 16): repeated link parameters, retrying a failed load. */
export const hostileMessages = {
  urlRepeatedTitle: 'Parts of this link were ignored',
  urlRepeated: '“{key}” is given {n} times: “{used}” is used, and {ignored} was ignored.',
  urlQuoted: '“{value}”',
  loadTryAgain: 'Try again',
} satisfies MessageTable;
