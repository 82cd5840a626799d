import { useCallback, useEffect, useRef } from 'react';
import type { Dataset } from '../../data/model';
import { rangeWindow } from '../../store/dateRange';
import { domainOf, visibleWindow, type TimeScale, type WallWindow } from '../axis/scale';
import type { TimelineIndex } from '../layout/timelineIndex';
import type { ZoomController } from './useZoom';

export interface FramingInput {
  readonly zoom: ZoomController;
  readonly base: TimeScale;
  readonly width: number;
  readonly dataset: Dataset | undefined;
  /** The store's `datasetGeneration`: a new one is framed afresh; an edit of the same one is not. */
  readonly generation: number;
  readonly index: TimelineIndex;
  /** The reader's date range (`from`/`to`), when set. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The latest request from elsewhere (fit, present mode's slides), numbered so each is new. */
  readonly request: { readonly window: WallWindow; readonly seq: number } | undefined;
}

/** What was framed last, to tell what changed since. */
interface Framed {
  readonly dataset?: Dataset;
  readonly generation?: number;
  readonly base?: TimeScale;
  readonly range: string;
  readonly width: number;
  /** The number of the last request acted on. */
  readonly seq?: number;
}

/**
 * Which period the view frames, and when it moves. In one place, in one order, so no two reasons
 * race: the first view of a dataset (without animation), a request from elsewhere, a new date
 * range (gliding), a new width (rotation, resize: the same period stays in view). A request made
 * before the chart knows its width is kept until it does, and then framed instead of the default
 * first view (present mode opens on a slide this way; issue 12).
 * Returns the framing of "fit": the reader's range, else the dataset's focus, else the events.
 */
export function useViewFraming(input: FramingInput): { fitWindow: () => WallWindow } {
  const { zoom, base, width, dataset, generation, index, from, to, request } = input;

  const fitWindow = useCallback((): WallWindow => {
    if (from || to) {
      const r = rangeWindow(from, to);
      const span = domainOf(index);
      return [Number.isFinite(r.t0) ? r.t0 : span[0], Number.isFinite(r.t1) ? r.t1 : span[1]];
    }
    return domainOf(index, dataset?.focus && !from && !to ? dataset.focus : undefined);
  }, [from, to, index, dataset]);

  const framed = useRef<Framed>({ range: '', width: 0 });
  const shownWindow = useRef<WallWindow | undefined>(undefined);
  useEffect(() => {
    if (!dataset || width <= 0) return;
    const last = framed.current;
    const range = `${from ?? ''}/${to ?? ''}`;
    const pending = request !== undefined && request.seq !== last.seq ? request.window : undefined;
    if (last.generation !== generation) zoom.frame(pending ?? fitWindow(), { animate: false });
    else if (pending) zoom.frame(pending);
    // An edit that moved the dataset's extent changes the base scale: the same period stays in view.
    else if (last.base !== undefined && last.base !== base && shownWindow.current)
      zoom.frame(shownWindow.current, { animate: false });
    else if (last.range !== range) zoom.frame(fitWindow());
    else if (last.width !== width && shownWindow.current) zoom.frame(shownWindow.current, { animate: false });
    framed.current = { dataset, generation, base, range, width, seq: request?.seq };
  });
  useEffect(() => {
    if (width > 0) shownWindow.current = visibleWindow(base, zoom.transform, width);
  }, [base, zoom.transform, width]);

  return { fitWindow };
}
