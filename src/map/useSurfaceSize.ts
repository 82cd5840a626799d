import { useLayoutEffect, useRef, useState } from 'react';

/** Height for a width: wide enough maps are about 5:8, never taller than a laptop screen allows. */
export function mapHeightFor(width: number): number {
  return Math.round(Math.min(560, Math.max(280, width * 0.62)));
}

/** The map surface's size, measured once and on every resize (layout stays a pure function of it). */
export function useSurfaceSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    setWidth(node.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, width, height: mapHeightFor(width) };
}
