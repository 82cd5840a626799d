import { lazy, Suspense } from 'react';
import { usePendingTable } from './pendingTable';

// The dialog and the table converter it previews with load only when a table needs matching.
const ColumnMatchDialog = lazy(() => import('./ColumnMatchDialog'));

/** Where "Match the columns" opens when a file's table needs its columns matched. */
export function ColumnMatchHost() {
  const pending = usePendingTable();
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <ColumnMatchDialog key={`${pending.name}:${pending.text.length}`} pending={pending} />
    </Suspense>
  );
}
