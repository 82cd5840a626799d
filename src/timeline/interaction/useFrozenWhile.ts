import { useLayoutEffect, useRef } from 'react';

/**
 * `value`, except while `frozen`: then the value of the last render before the freeze began.
 * Lets a memoised child skip every render of a gesture. The last value is kept in a ref after
 * each commit (not in state), so following a changing value costs no extra render.
 */
export function useFrozenWhile<T>(value: T, frozen: boolean): T {
  const last = useRef(value);
  useLayoutEffect(() => {
    if (!frozen) last.current = value;
  });
  // eslint-disable-next-line react-hooks/refs -- read on purpose: the value of an earlier render
  return frozen ? last.current : value;
}
