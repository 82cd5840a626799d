import { Fragment } from 'react';

/**
 * Dataset texts joined by `separator`, each in its own bidi isolate (issue 16, point 5): an Arabic
 * name, or a stray U+202E in one of them, cannot reorder its neighbours or the separators.
 */
export function BdiList({ items, separator }: { items: readonly string[]; separator: string }) {
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 ? separator : null}
          <bdi>{item}</bdi>
        </Fragment>
      ))}
    </>
  );
}
