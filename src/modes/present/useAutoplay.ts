import { useEffect, useState } from 'react';

/** The intervals a teacher can choose, in seconds. */
export const AUTOPLAY_SECONDS = [5, 10, 20, 30, 60] as const;
export const DEFAULT_AUTOPLAY_SECONDS = 10;

/**
 * Optional autoplay: while playing, `advance` runs `seconds` after each slide change (a manual
 * move restarts the wait); it stops by itself on the last slide.
 */
export function useAutoplay(slide: number, lastSlide: number, advance: () => void) {
  const [playing, setPlaying] = useState(false);
  const [seconds, setSeconds] = useState<number>(DEFAULT_AUTOPLAY_SECONDS);
  const atEnd = slide >= lastSlide;
  useEffect(() => {
    if (!playing || atEnd) return;
    const timer = window.setTimeout(advance, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [playing, seconds, slide, atEnd, advance]);
  return { playing: playing && !atEnd, setPlaying, seconds, setSeconds };
}
