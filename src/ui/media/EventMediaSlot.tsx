import { lazy, Suspense } from 'react';
import type { Media } from '../../data/model';

// The media code loads only when an event with media is opened (issue 13: JS at start ≤ 150 KB).
const EventMedia = lazy(() => import('./EventMedia'));

/** Where an event's media go (details, slide, handout); renders nothing for an event without. */
export function EventMediaSlot({
  media,
  printed,
}: {
  media: readonly Media[] | undefined;
  printed?: boolean;
}) {
  if (!media?.length) return null;
  return (
    <Suspense fallback={null}>
      <EventMedia media={media} {...(printed !== undefined && { printed })} />
    </Suspense>
  );
}
