import { memo } from 'react';
import { clusterWindow, type TimelineLayout } from '../layout/layout';
import type { WallWindow } from '../axis/scale';
import { ClusterMark } from './ClusterMark';
import { EventMark } from './EventMark';

interface Props {
  readonly layout: TimelineLayout;
  /** Px to shift everything by: the pan since `layout` was computed. */
  readonly dx: number;
  /** Hidden but kept (with focus) while a canvas draws the marks mid-zoom; see MarksCanvas. */
  readonly frozen?: boolean;
  readonly nameOf: (eventId: string) => string | undefined;
  /** Bumped to draw again once names that were deferred can be built (see markNamer). */
  readonly nameRound: number;
  readonly primaryKeys: ReadonlySet<string>;
  readonly tabStopId: string | undefined;
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onFocusEvent: (id: string) => void;
  readonly onFrame: (window: WallWindow) => void;
  /** Px range below the axis that can be seen (with a margin): marks outside it are not drawn. */
  readonly band: readonly [number, number];
  /** Whether labels are drawn (not while the zoom level is changing: see `ZoomController.zooming`). */
  readonly labels: boolean;
}

/** Links, event marks and clusters of one layout. Memoised: a pan only changes `dx` and moves one `<g>`. */
export const MarksLayer = memo(function MarksLayer({
  layout,
  dx,
  frozen,
  nameOf,
  nameRound,
  primaryKeys,
  tabStopId,
  selectedId,
  onSelect,
  onFocusEvent,
  onFrame,
  band,
  labels,
}: Props) {
  return (
    <g className={`marks-layer${frozen ? ' frozen' : ''}`} transform={dx ? `translate(${dx},0)` : undefined}>
      <MarksBody
        layout={layout}
        nameOf={nameOf}
        nameRound={nameRound}
        primaryKeys={primaryKeys}
        tabStopId={tabStopId}
        selectedId={selectedId}
        onSelect={onSelect}
        onFocusEvent={onFocusEvent}
        onFrame={onFrame}
        band={band}
        labels={labels}
      />
    </g>
  );
});

/** The marks themselves: unchanged while only `dx` changes, so React skips them entirely. */
const MarksBody = memo(function MarksBody({
  layout,
  nameOf,
  primaryKeys,
  tabStopId,
  selectedId,
  onSelect,
  onFocusEvent,
  onFrame,
  band: [top, bottom],
  labels,
}: Omit<Props, 'dx' | 'nameRound' | 'frozen'> & { readonly nameRound: number }) {
  // The focusable and the selected event stay drawn wherever they are, so focus never lands on nothing.
  const seen = (y: number, eventId?: string) =>
    (y >= top && y <= bottom) || eventId === tabStopId || eventId === selectedId;
  return (
    <>
      <g className="links" aria-hidden="true">
        {layout.links.map((l) =>
          l.y2 < top || l.y1 > bottom ? null : (
            <line
              key={l.eventId + l.x}
              className={`link${l.eventId === selectedId ? ' selected' : ''}`}
              x1={l.x}
              x2={l.x}
              y1={l.y1}
              y2={l.y2}
            />
          ),
        )}
      </g>
      {layout.marks.map((mark) =>
        !seen(mark.y, mark.eventId) ? null : (
          <EventMark
            key={mark.key}
            mark={mark}
            name={nameOf(mark.eventId) ?? mark.label}
            primary={primaryKeys.has(mark.key)}
            selected={mark.eventId === selectedId}
            label={labels && mark.showLabel}
            tabbable={mark.eventId === tabStopId && primaryKeys.has(mark.key)}
            onSelect={onSelect}
            onFocusEvent={onFocusEvent}
          />
        ),
      )}
      {layout.clusters.map((cluster) =>
        seen(cluster.y) ? (
          <ClusterMark key={cluster.key} cluster={cluster} onExpand={() => onFrame(clusterWindow(cluster))} />
        ) : null,
      )}
    </>
  );
});
