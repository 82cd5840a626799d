import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { useT } from '../i18n/useT';
import type { LocatedEvent } from './locatedEvents';
import { placeLabels, type LabelRequest } from './placeLabels';
import type { MapMark } from './useMapLayout';

interface Props {
  readonly ref: Ref<HTMLDivElement>;
  readonly marks: readonly MapMark[];
  readonly located: readonly LocatedEvent[];
  readonly width: number;
  readonly height: number;
  /** The located event the keyboard is on: its button (or its cluster's) is the one tab stop. */
  readonly activeIndex: number;
  readonly clusterOf: ReadonlyMap<number, string>;
  readonly selectedId?: string;
  readonly nameOf: (p: LocatedEvent) => string;
  readonly placeName: (p: LocatedEvent) => string;
  readonly label: string;
  /** Labels drawn this many times the usual 12 px (present mode's projector type): they avoid each other at that size. */
  readonly labelScale?: number;
  readonly onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  readonly onSelect: (index: number) => void;
  readonly onFocusEvent: (index: number) => void;
  readonly onCluster: (
    key: string,
    members: readonly number[],
    x: number,
    y: number,
    samePlace: boolean,
  ) => void;
}

/** Labels are drawn for this many marks at most; beyond, the names are in the buttons and the description. */
const MAX_LABELS = 300;
const LABEL_HEIGHT = 16;

/** A rough width of a label: wide CJK characters count double. */
function labelWidth(name: string): number {
  let w = 8;
  for (const ch of name) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 13 : 7;
  return w;
}

/** Place labels for the drawn marks, busiest first, each name once, none overlapping. */
function labelsFor(
  marks: readonly MapMark[],
  located: readonly LocatedEvent[],
  placeName: (p: LocatedEvent) => string,
  width: number,
  height: number,
  scale: number,
) {
  const anchors = marks
    .filter((m) => m.kind === 'cluster' || m.ringOf === undefined)
    .map((m) => {
      const first = m.kind === 'cluster' ? (m.members[0] as number) : m.index;
      return {
        m,
        name: placeName(located[first] as LocatedEvent),
        weight: m.kind === 'cluster' ? m.members.length : 1,
      };
    })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_LABELS);
  const seen = new Set<string>();
  const unique = anchors.filter((a) => !seen.has(a.name) && !!seen.add(a.name));
  // An opened cluster's name goes beyond its ring.
  const ringRadius = new Map<string, number>();
  for (const m of marks) {
    if (m.kind !== 'event' || m.ringOf === undefined) continue;
    const centre = marks.find((c) => c.kind === 'cluster' && c.key === m.ringOf);
    if (!centre) continue;
    const d = Math.hypot(m.x - centre.x, m.y - centre.y);
    ringRadius.set(m.ringOf, Math.max(ringRadius.get(m.ringOf) ?? 0, d));
  }
  const requests: LabelRequest[] = unique.map(({ m, name }) => ({
    x: m.x,
    y: m.y,
    r: 12 * scale + (m.kind === 'cluster' ? (ringRadius.get(m.key) ?? 0) : 0),
    width: labelWidth(name) * scale,
    height: LABEL_HEIGHT * scale,
  }));
  // Marks without a label of their own (an opened cluster's ring, marks past MAX_LABELS or named
  // already) are kept clear of too: a label must not sit under a button.
  const labelled = new Set(unique.map((a) => a.m));
  const obstacles = marks.filter((m) => !labelled.has(m)).map((m) => ({ x: m.x, y: m.y, r: 12 * scale }));
  return placeLabels(requests, width, height, obstacles).map((p) => ({
    ...p,
    name: (unique[p.index] as (typeof unique)[0]).name,
  }));
}

/**
 * The map's buttons over its shapes (real buttons: focus, names and forced colours come with them)
 * and the place labels that avoid each other. Positions are precomputed; this only draws.
 */
export function MapMarksLayer({
  ref,
  marks,
  located,
  width,
  height,
  activeIndex,
  clusterOf,
  selectedId,
  nameOf,
  placeName,
  label,
  labelScale = 1,
  onKeyDown,
  onSelect,
  onFocusEvent,
  onCluster,
}: Props) {
  const t = useT();
  const activeCluster = clusterOf.get(activeIndex);
  const drawnEvent = marks.some((m) => m.kind === 'event' && m.index === activeIndex);
  const drawnCluster = marks.some((m) => m.kind === 'cluster' && m.key === activeCluster);
  // The tab stop: the active event's button, else its cluster, else the first mark drawn.
  const fallback = !drawnEvent && !drawnCluster ? marks[0] : undefined;
  const isTabStop = (m: MapMark) =>
    m === fallback ||
    (m.kind === 'event' ? drawnEvent && m.index === activeIndex : !drawnEvent && m.key === activeCluster);

  const labels = useMemo(
    () => labelsFor(marks, located, placeName, width, height, labelScale),
    [marks, located, placeName, width, height, labelScale],
  );

  return (
    <div ref={ref} className="map-marks" role="group" aria-label={label}>
      {labels.map((l) => (
        <span
          key={`label-${l.name}`}
          className="map-label"
          aria-hidden="true"
          style={{ left: l.x, top: l.y }}
        >
          {l.name}
        </span>
      ))}
      {marks.map((m) => {
        if (m.kind === 'cluster') {
          const first = located[m.members[0] as number] as LocatedEvent;
          const name = t(m.samePlace ? 'mapCluster' : 'mapClusterNear', {
            n: m.members.length,
            place: placeName(first),
          });
          return (
            <button
              key={`c-${m.key}`}
              type="button"
              className="map-cluster"
              data-mark=""
              data-cluster={m.key}
              data-has-selected={
                selectedId && m.members.some((i) => located[i]?.event.id === selectedId) ? 'true' : undefined
              }
              aria-label={name}
              aria-expanded={m.opensInPlace ? m.expanded : undefined}
              tabIndex={isTabStop(m) ? 0 : -1}
              style={{ left: m.x, top: m.y }}
              onClick={() => onCluster(m.key, m.members, m.x, m.y, m.opensInPlace)}
              onKeyDown={onKeyDown}
            >
              {m.members.length}
              {m.expanded && m.hidden > 0 ? (
                <span className="map-more">{t('mapMore', { n: m.hidden })}</span>
              ) : null}
            </button>
          );
        }
        const p = located[m.index] as LocatedEvent;
        return (
          <button
            key={`e-${p.event.id}`}
            type="button"
            className={m.ringOf ? 'map-mark map-mark--ring' : 'map-mark'}
            data-mark=""
            data-index={m.index}
            data-event-id={p.event.id}
            data-status={p.event.status}
            aria-pressed={p.event.id === selectedId}
            aria-label={nameOf(p)}
            tabIndex={isTabStop(m) ? 0 : -1}
            style={{ left: m.x, top: m.y }}
            onClick={() => onSelect(m.index)}
            onFocus={() => onFocusEvent(m.index)}
            onKeyDown={onKeyDown}
          />
        );
      })}
    </div>
  );
}
