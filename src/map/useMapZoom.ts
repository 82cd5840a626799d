import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

/** A map zoom: screen = projected × k + (x, y). */
export interface MapTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const MAP_IDENTITY: MapTransform = { k: 1, x: 0, y: 0 };
/** From a quarter of the fitted frame (to see the world round it) to street-block detail. */
export const MAP_SCALE_EXTENT: [number, number] = [0.25, 256];
const GLIDE_MS = 350;

export interface MapZoomOptions {
  readonly width: number;
  readonly height: number;
  /** Embeds: the wheel zooms only with Ctrl/⌘ held or after a click into the map. */
  readonly wheelNeedsActivation: boolean;
  /** Every frame of a gesture, before React hears of it: move the drawn layers through refs. */
  readonly onLive: (t: MapTransform) => void;
}

export interface MapZoom {
  /** The transform the marks are laid out for; changes when a gesture ends (pointer up, wheel paused, glide done). */
  readonly settled: MapTransform;
  zoomBy: (factor: number, around?: readonly [number, number]) => void;
  panBy: (dx: number, dy: number) => void;
  /** Bring a projected point into view (centred) if it is outside, keeping the zoom. */
  reveal: (point: readonly [number, number], margin?: number) => void;
  reset: (animate?: boolean) => void;
  /** Glide to centre a projected point at zoom `k` (present mode; a jump under reduced motion). */
  glideTo: (point: readonly [number, number], k: number) => void;
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * The one place the map touches the DOM through d3 (the eslint exception names this file): wheel,
 * drag and pinch on the map surface, plus programmatic moves pushed back through `zoom.transform`
 * (d3-zoom keeps its own copy on the node).
 */
export function useMapZoom(ref: RefObject<HTMLDivElement | null>, options: MapZoomOptions): MapZoom {
  const { width, height, wheelNeedsActivation, onLive } = options;
  const [settled, setSettled] = useState<MapTransform>(MAP_IDENTITY);
  const behavior = useMemo<ZoomBehavior<HTMLDivElement, unknown>>(() => zoom<HTMLDivElement, unknown>(), []);
  const live = useRef(onLive);
  const activated = useRef(false);
  useEffect(() => {
    live.current = onLive;
  }, [onLive]);

  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0 || height <= 0) return;
    behavior
      .scaleExtent(MAP_SCALE_EXTENT)
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [-width, -height],
        [2 * width, 2 * height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          return !wheelNeedsActivation || activated.current || wheel.ctrlKey || wheel.metaKey;
        }
        // d3's default: no secondary button, no Ctrl-click (context menu on macOS).
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const { k, x, y } = event.transform;
        live.current({ k, x, y });
      })
      // Marks are re-clustered once a gesture ends, never during it: with 100,000 events a mid-drag
      // pause must not cost a frame (issue 15, point 6). d3 ends a wheel gesture 150 ms after the last step.
      .on('end', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const { k, x, y } = event.transform;
        setSettled((s) => (s.k === k && s.x === x && s.y === y ? s : { k, x, y }));
      });
    const selection = select(node);
    selection.call(behavior);
    // Double-click is a click on a mark: zooming there too would surprise.
    selection.on('dblclick.zoom', null);
    const activate = () => {
      activated.current = true;
    };
    node.addEventListener('pointerdown', activate);
    return () => {
      selection.on('.zoom', null);
      node.removeEventListener('pointerdown', activate);
    };
  }, [ref, behavior, width, height, wheelNeedsActivation]);

  const move = useCallback(
    (apply: (s: ReturnType<typeof select<HTMLDivElement, unknown>>) => void, animate = true) => {
      const node = ref.current;
      if (!node) return;
      const s = select(node);
      if (animate && !prefersReducedMotion()) apply(s.transition().duration(GLIDE_MS) as never);
      else {
        s.interrupt();
        apply(s);
      }
    },
    [ref],
  );

  const zoomBy = useCallback(
    (factor: number, around?: readonly [number, number]) =>
      move((s) => behavior.scaleBy(s as never, factor, around ? [around[0], around[1]] : undefined)),
    [behavior, move],
  );
  const panBy = useCallback(
    (dx: number, dy: number) =>
      move((s) => {
        const node = ref.current;
        if (!node) return;
        const { k } = zoomTransform(node);
        behavior.translateBy(s as never, dx / k, dy / k);
      }, false),
    [behavior, move, ref],
  );
  const reveal = useCallback(
    (point: readonly [number, number], margin = 24) => {
      const node = ref.current;
      if (!node) return;
      const current = zoomTransform(node);
      const sx = point[0] * current.k + current.x;
      const sy = point[1] * current.k + current.y;
      if (sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin) return;
      move((s) => behavior.translateTo(s as never, point[0], point[1]));
    },
    [behavior, move, ref, width, height],
  );
  const reset = useCallback(
    (animate = true) => move((s) => behavior.transform(s as never, zoomIdentity), animate),
    [behavior, move],
  );
  const glideTo = useCallback(
    (point: readonly [number, number], k: number) =>
      move((s) =>
        behavior.transform(
          s as never,
          zoomIdentity
            .translate(width / 2, height / 2)
            .scale(k)
            .translate(-point[0], -point[1]),
        ),
      ),
    [behavior, move, width, height],
  );
  return { settled, zoomBy, panBy, reveal, reset, glideTo };
}
