import { createContext, type RefObject } from 'react';

/**
 * Where the picture export finds the chart's `<svg>`: the app hands the timeline's element in, so
 * the export neither searches the page nor depends on the timeline (issue 12: ui never imports it).
 * Null where no chart is shown (embed, present).
 */
export const ChartSource = createContext<RefObject<SVGSVGElement | null> | null>(null);
