import { useLayoutEffect, useRef, useState } from 'react';

/** Height for a width: wide enough maps are about 5:8, never taller than a laptop screen allows. */
export function mapHeightFor(width: number): number {
  return Math.round(Math.min(560, Math.max(280, width * 0.62)));
}

/** Below this the map is not worth drawing; a filling map never gets shorter (present mode on a phone). */
const MIN_FILL_HEIGHT = 160;

/**
 * The map surface's size, measured once and on every resize (layout stays a pure function of it).
 * Its height follows from its width, or, with `fill`, is the height CSS gives the surface (present
 * mode, where the map shares the screen with the slide).
 */
export function useSurfaceSize<T extends HTMLElement>(fill = false) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    setSize({ width: node.clientWidth, height: node.clientHeight });
    const observer = new ResizeObserver(([entry]) => {
      if (entry)
        setSize({
          width: Math.round(entry.contentRect.width),
          height: Math.round(entry.contentRect.height),
        });
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const height = fill ? Math.max(MIN_FILL_HEIGHT, size.height) : mapHeightFor(size.width);
  return { ref, width: size.width, height };
}
