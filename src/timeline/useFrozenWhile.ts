import { useState } from 'react';

/**
 * `value`, except while `frozen`: then the value it had when the freeze began. Lets a memoised
 * child skip every render of a gesture (React's pattern for keeping information from earlier renders).
 */
export function useFrozenWhile<T>(value: T, frozen: boolean): T {
  const [kept, setKept] = useState(value);
  if (!frozen && kept !== value) setKept(value);
  return frozen ? kept : value;
}
