import type { MessageTable } from '../defineMessages';

/** Strings of the map (issue #15): the View select, the map region, its marks and journeys. */
export const mapMessages = {
  view: 'View',
  viewTimeline: 'Timeline',
  viewMap: 'Map',
  viewBoth: 'Timeline and map',
  map: 'Map',
  mapLoading: 'Loading the map…',
  mapLoadFailed: 'The map could not be loaded. The timeline and the list still work.',
  mapZoom: 'Map zoom',
  mapZoomIn: 'Zoom in on the map',
  mapZoomOut: 'Zoom out of the map',
  mapFit: 'Fit',
  mapFitTitle: 'Show every located event',
  mapHelp:
    'Arrow keys move between events in time order; Enter opens one. Plus and minus zoom, Shift with an arrow pans, 0 fits. A number is a group of events at one place: Enter opens it.',
  mapMarks: '{n} events on the map',
  mapCluster: '{n} events at {place}',
  mapClusterNear: '{n} events near {place}',
  mapDescription: '{n} events on the map at {places}.',
  mapDescriptionOthers: '{n} events on the map at {places}, and {more} other places.',
  mapDescriptionNone: 'No event that passes the filters has a map point.',
  mapUnlocated: '{n} events have no map point and are only on the timeline and in the list.',
  mapPlaceCount: '{place} ({n})',
  mapMore: '{n} more here: use the arrow keys',
  mapJourney: "{name}'s journey: {n} legs",
  mapLeg: '{from} to {to}: {dates}',
  mapLegDates: '{from} → {to}',
} satisfies MessageTable;
