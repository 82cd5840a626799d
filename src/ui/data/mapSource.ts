import { createContext, type RefObject } from 'react';

/**
 * Where the picture export finds the map (its region), as `ChartSource` hands it the timeline: the
 * app passes the element in, so ui never imports the map (issue 12). Null where no map is shown.
 */
export const MapSource = createContext<RefObject<HTMLElement | null> | null>(null);
