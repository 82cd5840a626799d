import { lazy, Suspense, useEffect } from 'react';
import type { Media, TimelineEvent } from '../../data/model';

type EventMediaModule = typeof import('./EventMedia');

// The media code loads only for a dataset with media (issue 13: JS at start ≤ 150 KB).
let loaded: EventMediaModule | undefined;
let loading: Promise<EventMediaModule> | undefined;
function loadEventMedia(): Promise<EventMediaModule> {
  loading ??= import('./EventMedia').then((module) => (loaded = module));
  return loading;
}
const LazyEventMedia = lazy(loadEventMedia);

/**
 * Fetches the media code ahead when any of `events` has media, so a render that cannot wait (the
 * handout, rendered synchronously on `beforeprint`) finds it ready. Asks nothing of media hosts.
 */
export function usePreloadedEventMedia(events: readonly TimelineEvent[] | undefined): void {
  useEffect(() => {
    if (events?.some((e) => e.media)) void loadEventMedia();
  }, [events]);
}

/** Where an event's media go (details, slide, handout); renders nothing for an event without. */
export function EventMediaSlot({
  media,
  printed,
}: {
  media: readonly Media[] | undefined;
  printed?: boolean;
}) {
  if (!media?.length) return null;
  const props = { media, ...(printed !== undefined && { printed }) };
  if (loaded) return <loaded.default {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyEventMedia {...props} />
    </Suspense>
  );
}
