import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import {
  IDENTITY_ZOOM,
  transformForWindow,
  type TimeScale,
  type WallWindow,
  type ZoomState,
} from '../axis/scale';
import {
  constrainZoom,
  panBy as panned,
  scaleExtentFor,
  translateExtentFor,
  wheelDelta,
  zoomAround,
} from './zoomPolicy';

/** How long a programmatic move (fit, framing an event) glides; none under reduced motion. */
export const GLIDE_MS = 450;
/**
 * `zooming` stays true this long after a gesture ends, so that wheel steps arriving a little
 * apart (a slow frame, a notched wheel) stay one gesture instead of redrawing labels in between.
 */
export const ZOOM_SETTLE_MS = 200;

export interface ZoomOptions {
  readonly base: TimeScale;
  readonly domain: WallWindow;
  readonly width: number;
  /** When true, the wheel zooms only with Ctrl/⌘ held or after a click into the timeline (embeds). */
  readonly wheelNeedsActivation?: boolean;
  /** Called when a gesture or a programmatic move settles, with the transform it settled on. */
  readonly onSettle?: (transform: ZoomState) => void;
}

export interface ZoomController {
  readonly transform: ZoomState;
  /**
   * True while the reader's gesture (wheel, pinch) is changing the zoom level, until it settles; not
   * during a pan, nor during a glide from the keyboard or buttons (focus must stay on real marks):
   * the timeline draws marks without their labels meanwhile, which keeps zooming among hundreds of
   * marks at the display's frame rate (text is most of SVG's layout and paint work; issue #5).
   */
  readonly zooming: boolean;
  zoomBy: (factor: number) => void;
  panBy: (dx: number) => void;
  /** Move the view so that `window` fills the width. */
  frame: (window: WallWindow, options?: { animate?: boolean }) => void;
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * The one place d3-zoom touches the DOM (STYLE.md, habit 2): wheel, drag and pinch on the SVG
 * update the transform; framing from elsewhere is pushed back with `zoom.transform`, since
 * d3-zoom keeps its own copy on the node.
 */
export function useZoom(ref: RefObject<SVGSVGElement | null>, options: ZoomOptions): ZoomController {
  const { base, domain, width, wheelNeedsActivation, onSettle } = options;
  const [transform, setTransform] = useState<ZoomState>(IDENTITY_ZOOM);
  const [zooming, setZooming] = useState(false);
  /** The zoom level when the current gesture started; undefined between gestures and in glides. */
  const gestureK = useRef<number | undefined>(undefined);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const behavior = useMemo<ZoomBehavior<SVGSVGElement, unknown>>(() => zoom<SVGSVGElement, unknown>(), []);
  const activated = useRef(false);
  const latest = useRef<ZoomState | undefined>(undefined);
  const pendingFrame = useRef(0);
  const settle = useRef(onSettle);
  useEffect(() => {
    settle.current = onSettle;
  }, [onSettle]);

  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return;
    behavior
      .scaleExtent(scaleExtentFor(domain))
      .translateExtent(translateExtentFor(width))
      .extent([
        [0, 0],
        [width, 1],
      ])
      .wheelDelta((event: WheelEvent) => wheelDelta(event))
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          return !wheelNeedsActivation || activated.current || wheel.ctrlKey || wheel.metaKey;
        }
        const mouse = event as MouseEvent;
        // d3-zoom's default filter: no secondary buttons, no Ctrl-click.
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        clearTimeout(settleTimer.current);
        // A glide starts its gesture through `apply`, which has already ruled the canvas out.
        if (event.sourceEvent) gestureK.current = event.transform.k;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Several wheel or pointer events can arrive per frame: lay out once per frame, with the latest.
        latest.current = { k: event.transform.k, x: event.transform.x };
        if (pendingFrame.current === 0) {
          pendingFrame.current = requestAnimationFrame(() => {
            pendingFrame.current = 0;
            const next = latest.current;
            if (next) setTransform((prev) => (prev.k === next.k && prev.x === next.x ? prev : next));
            // Still inside the gesture (its end clears gestureK) and the level has changed.
            if (next && gestureK.current !== undefined && next.k !== gestureK.current) setZooming(true);
          });
        }
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        gestureK.current = undefined;
        clearTimeout(settleTimer.current);
        settleTimer.current = setTimeout(() => setZooming(false), ZOOM_SETTLE_MS);
        settle.current?.({ k: event.transform.k, x: event.transform.x });
      });
    const selection = select(node);
    selection.call(behavior).on('dblclick.zoom', null);
    const activate = () => {
      activated.current = true;
    };
    node.addEventListener('pointerdown', activate);
    return () => {
      if (pendingFrame.current) {
        cancelAnimationFrame(pendingFrame.current);
        pendingFrame.current = 0;
        const pending = latest.current;
        if (pending) setTransform(pending);
      }
      node.removeEventListener('pointerdown', activate);
      selection.on('.zoom', null);
      clearTimeout(settleTimer.current);
    };
  }, [ref, behavior, domain, width, wheelNeedsActivation]);

  const apply = useCallback(
    (next: ZoomState, animate: boolean) => {
      const node = ref.current;
      if (!node) return;
      // A move from keys or buttons ends any canvas drawing at once, even when it continues a
      // wheel gesture (d3-zoom then shares that gesture): focus moves among the real marks.
      gestureK.current = undefined;
      clearTimeout(settleTimer.current);
      setZooming(false);
      const t = constrainZoom(next, domain, width);
      const target = zoomIdentity.translate(t.x, 0).scale(t.k);
      const selection = select(node);
      selection.interrupt();
      if (animate && !prefersReducedMotion()) {
        selection.transition().duration(GLIDE_MS).call(behavior.transform, target);
      } else {
        selection.call(behavior.transform, target);
        // An instant move (first view, resize) is drawn in this render, not on the next frame.
        setTransform((prev) => (prev.k === t.k && prev.x === t.x ? prev : { k: t.k, x: t.x }));
      }
    },
    [ref, behavior, domain, width],
  );

  const zoomBy = useCallback(
    (factor: number) => apply(zoomAround(transform, factor, width / 2, domain, width), true),
    [apply, transform, domain, width],
  );
  const panBy = useCallback(
    (dx: number) => apply(panned(transform, dx, domain, width), true),
    [apply, transform, domain, width],
  );
  const frame = useCallback(
    (window: WallWindow, opts: { animate?: boolean } = {}) =>
      apply(transformForWindow(base, window, width), opts.animate ?? true),
    [apply, base, width],
  );

  return { transform, zooming, zoomBy, panBy, frame };
}
