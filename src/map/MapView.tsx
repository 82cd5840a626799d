import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { textIn } from '../data/text';
import type { LocalizedText } from '../data/model';
import { useT } from '../i18n/useT';
import { selectFilteredEvents } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';
import { eventWhen } from '../i18n/eventWhen';
import { formatDatePoint } from '../i18n/formatDate';
import { formatDatePointJa } from '../i18n/formatDateJa';
import { uiLanguageOf } from '../i18n/translate';
import { actorCountryKeys } from './actorCountries';
import { JourneyLayer } from './JourneyLayer';
import { journeyActor, journeyLegs, type JourneyLeg } from './journey';
import { locatedEvents, placesOf, type LocatedEvent } from './locatedEvents';
import { MapDescription } from './MapDescription';
import { MapMarksLayer } from './MapMarksLayer';
import { shortPlaceName } from './mapDescription';
import { MapToolbar } from './MapToolbar';
import { useMapDimming } from './useMapDimming';
import { useMapBase, useMapMarks, ZOOM_TO_PART, type OpenCluster } from './useMapLayout';
import { MAP_IDENTITY, MAP_SCALE_EXTENT, useMapZoom, type MapTransform } from './useMapZoom';
import { useSurfaceSize } from './useSurfaceSize';
import './map.css';

const NO_ACTORS: readonly never[] = [];
const ZOOM_STEP = 1.6;
const PAN_STEP = 80;
/** Present mode's labels: 20 px against the usual 12. */
const LARGE_LABELS = 20 / 12;
/** Share of the surface's width (and height) drawn beyond each of its edges. */
const OVERSCAN = 0.5;
/** How close present mode brings each slide's place: twice the fitted frame, so its region stays in view. */
const FOLLOW_ZOOM = 2;

export interface MapViewProps {
  /** Present mode: glide to the selected event's place as the slides step (issue 15, point 4). */
  readonly follow?: boolean;
  /** Take the height CSS gives the surface rather than one following the width. */
  readonly fill?: boolean;
  /** Projector type (present mode): labels at 20 px, placed so that they still avoid each other. */
  readonly large?: boolean;
  /** The map's region, for the picture export (the app hands it to the Data dialog). */
  readonly regionRef?: Ref<HTMLElement>;
}

/**
 * The map (issue #15; DESIGN.md, "Where it happened"): the located events that pass the filters on
 * Natural Earth country shapes, with the same selection as the timeline and the list.
 */
export default function MapView({ follow = false, fill = false, large = false, regionRef }: MapViewProps) {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const filtered = useAppStore(selectFilteredEvents);
  const actors = useAppStore((s) => s.dataset?.actors ?? NO_ACTORS);
  const ticked = useAppStore((s) => s.filters.actors);
  const selectedId = useAppStore((s) => s.selectedId);
  const lang = useAppStore((s) => s.lang);
  const embed = useAppStore((s) => s.embed);
  const besideTimeline = useAppStore((s) => s.view === 'both');
  const { selectEvent } = useActions();
  const text = useCallback((value: LocalizedText | undefined) => textIn(value, lang), [lang]);

  const located = useMemo(() => locatedEvents(filtered), [filtered]);
  const indexOf = useMemo(() => new Map(located.map((p, i) => [p.event.id, i])), [located]);
  const { ref: surfaceRef, width, height } = useSurfaceSize<HTMLDivElement>(fill);
  const traveller = useMemo(() => journeyActor(ticked, actors), [ticked, actors]);
  const legs = useMemo(() => (traveller ? journeyLegs(located, traveller.id) : []), [traveller, located]);
  const arcs = useMemo(
    () => legs.map((l) => ({ from: [l.from.lon, l.from.lat] as const, to: [l.to.lon, l.to.lat] as const })),
    [legs],
  );
  const { projection, shapes, px, py } = useMapBase(located, width, height, arcs);

  // During a gesture the drawn layers move as a whole through a CSS transform (the compositor moves
  // them; nothing is redrawn per frame); React redraws them for the new transform when it ends.
  const layers = useRef<HTMLDivElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const drawnFor = useRef<MapTransform>(MAP_IDENTITY);
  const onLive = useCallback((z: MapTransform) => {
    const from = drawnFor.current;
    const s = z.k / from.k;
    const css = `translate(${z.x - from.x * s}px,${z.y - from.y * s}px) scale(${s})`;
    if (layers.current) layers.current.style.transform = css;
    if (overlay.current) overlay.current.style.transform = css;
  }, []);
  const zoom = useMapZoom(surfaceRef, { width, height, wheelNeedsActivation: embed, onLive });
  const { settled, reset } = zoom;
  useLayoutEffect(() => {
    drawnFor.current = settled;
    if (layers.current) layers.current.style.transform = '';
    if (overlay.current) overlay.current.style.transform = '';
  }, [settled]);
  // A new frame of events (filters, dataset, size) starts from the fitted view.
  useEffect(() => reset(false), [projection, reset]);
  // Present mode: each slide's place glides to the centre; the title slide shows the whole frame.
  const { glideTo } = zoom;
  const followIndex = follow && selectedId !== undefined ? indexOf.get(selectedId) : undefined;
  useEffect(() => {
    if (!follow || width <= 0) return;
    if (followIndex === undefined) reset();
    else glideTo([px[followIndex] as number, py[followIndex] as number], FOLLOW_ZOOM);
  }, [follow, followIndex, px, py, width, glideTo, reset]);

  const [open, setOpen] = useState<OpenCluster | undefined>(undefined);
  const { marks, clusterOf, clusterMembers } = useMapMarks(located, px, py, settled, width, height, open);
  useMapDimming(overlay, located, clusterMembers, besideTimeline, marks);

  // Keyboard: one tab stop; arrows walk the located events in time order (issue #15).
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const activeIndex = Math.max(0, activeId !== undefined ? (indexOf.get(activeId) ?? 0) : 0);
  const pendingFocus = useRef<string | undefined>(undefined);
  const goTo = useCallback(
    (index: number) => {
      const target = located[index];
      if (!target) return;
      setActiveId(target.event.id);
      const key = clusterOf.get(index);
      if (key !== undefined) setOpen({ key, around: index });
      pendingFocus.current = target.event.id;
      zoom.reveal([px[index] as number, py[index] as number]);
    },
    [located, clusterOf, zoom, px, py],
  );
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id || !overlay.current) return;
    const button = overlay.current.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (button) {
      button.focus();
      pendingFocus.current = undefined;
    }
  }, [marks]);

  // A selection made elsewhere (timeline, list, URL) is shown here: its cluster opens round it.
  // Adjusted while rendering, as React advises for state that follows a prop.
  const [shownSelection, setShownSelection] = useState<string | undefined>(undefined);
  if (selectedId !== shownSelection) {
    setShownSelection(selectedId);
    const index = selectedId !== undefined ? indexOf.get(selectedId) : undefined;
    if (selectedId !== undefined && index !== undefined) {
      setActiveId(selectedId);
      const key = clusterOf.get(index);
      if (key !== undefined && open?.key !== key) setOpen({ key, around: index });
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const last = located.length - 1;
    if (e.shiftKey && e.key.startsWith('Arrow')) {
      const dx = e.key === 'ArrowLeft' ? 1 : e.key === 'ArrowRight' ? -1 : 0;
      const dy = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
      zoom.panBy(dx * PAN_STEP, dy * PAN_STEP);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') goTo(Math.min(last, activeIndex + 1));
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') goTo(Math.max(0, activeIndex - 1));
    else if (e.key === 'Home') goTo(0);
    else if (e.key === 'End') goTo(last);
    else if (e.key === '+' || e.key === '=') zoom.zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoom.zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') reset();
    else if (e.key === 'Escape' && open) {
      pendingFocus.current = undefined;
      setOpen(undefined);
    } else return;
    e.preventDefault();
  };

  const placeName = useCallback((p: LocatedEvent) => shortPlaceName(text(p.event.location?.name)), [text]);
  const nameOf = useCallback(
    (p: LocatedEvent) => `${text(p.event.title)}, ${eventWhen(p.event, text, lang)}, ${placeName(p)}`,
    [text, lang, placeName],
  );
  const countries = useMemo(() => actorCountryKeys(filtered, actors), [filtered, actors]);
  const formatDay = uiLanguageOf(lang) === 'ja' ? formatDatePointJa : formatDatePoint;
  const datesOf = (leg: JourneyLeg) =>
    t('mapLegDates', { from: formatDay(leg.from.event.start), to: formatDay(leg.to.event.start) });
  const labelOf = (leg: JourneyLeg) =>
    t('mapLeg', { from: placeName(leg.from), to: placeName(leg.to), dates: datesOf(leg) });
  const places = useMemo(() => placesOf(located), [located]);

  const state = status !== 'ready' ? status : width > 0 ? 'ready' : 'loading';
  // Drawn beyond the surface on every side, so a pan shows shapes, not blanks, before it ends.
  const overscanX = Math.round(width * OVERSCAN);
  const overscanY = Math.round(height * OVERSCAN);
  // The place at the centre of the surface once a move settles: tests and tools can follow the map.
  const centre = projection.invert?.([
    (width / 2 - settled.x) / settled.k,
    (height / 2 - settled.y) / settled.k,
  ]);
  return (
    <section
      ref={regionRef}
      id="map"
      className={fill ? 'map map--fill' : 'map'}
      aria-label={t('map')}
      aria-describedby="map-help map-description"
      data-testid="map"
      data-state={state}
      data-visible-count={located.length}
      data-centre={centre ? `${centre[0].toFixed(2)},${centre[1].toFixed(2)}` : undefined}
    >
      <MapToolbar
        onZoomIn={() => zoom.zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoom.zoomBy(1 / ZOOM_STEP)}
        onFit={() => reset()}
        journey={traveller ? t('mapJourney', { name: text(traveller.name), n: legs.length }) : undefined}
      />
      <p id="map-help" className="visually-hidden">
        {t('mapHelp')}
      </p>
      <div
        className="map-surface"
        ref={surfaceRef}
        // A filling map takes its height from CSS; the handout's copy reads it back from --map-height.
        style={fill ? ({ '--map-height': `${height}px` } as CSSProperties) : { height }}
      >
        <div className="map-layers" ref={layers}>
          <svg
            className="map-svg"
            width={Math.max(width, 1) + 2 * overscanX}
            height={height + 2 * overscanY}
            style={{ left: -overscanX, top: -overscanY }}
            aria-hidden="true"
          >
            <g transform={`translate(${overscanX},${overscanY})`}>
              <g transform={`translate(${settled.x},${settled.y}) scale(${settled.k})`}>
                <path className="map-sphere" d={shapes.sphere} />
                <path className="map-graticule" d={shapes.graticule} />
                {shapes.countries.map((c, i) => (
                  <path
                    key={`${c.key}-${i}`}
                    className={countries.has(c.key) ? 'map-country map-country--actor' : 'map-country'}
                    data-country={c.key}
                    d={c.d}
                  />
                ))}
              </g>
              {traveller && legs.length ? (
                <JourneyLayer
                  actorId={traveller.id}
                  legs={legs}
                  projection={projection}
                  settled={settled}
                  labelOf={labelOf}
                  datesOf={datesOf}
                  focusedId={activeId}
                />
              ) : null}
            </g>
          </svg>
        </div>
        <MapMarksLayer
          ref={overlay}
          marks={marks}
          located={located}
          width={width}
          height={height}
          activeIndex={activeIndex}
          clusterOf={clusterOf}
          selectedId={selectedId}
          nameOf={nameOf}
          placeName={placeName}
          label={t('mapMarks', { n: located.length })}
          labelScale={large ? LARGE_LABELS : 1}
          onKeyDown={onKeyDown}
          onSelect={(index) => {
            const id = located[index]?.event.id;
            if (id) {
              setActiveId(id);
              selectEvent(id);
            }
          }}
          onFocusEvent={(index) => setActiveId(located[index]?.event.id)}
          onCluster={(key, members, x, y, opensInPlace) => {
            if (opensInPlace || settled.k * ZOOM_TO_PART > MAP_SCALE_EXTENT[1]) {
              setOpen((o) => (o?.key === key ? undefined : { key, around: members[0] as number }));
            } else zoom.zoomBy(ZOOM_TO_PART, [x, y]);
          }}
        />
      </div>
      <MapDescription places={places} unlocated={filtered.length - located.length} text={text} />
    </section>
  );
}
