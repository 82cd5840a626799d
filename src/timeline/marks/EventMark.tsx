import { memo, type KeyboardEvent } from 'react';
import type { Mark } from '../layout/layout';
import { POINT_R, RANGE_THICK, RANGE_TOP } from './markGeometry';

interface Props {
  readonly mark: Mark;
  /** The accessible name: title, when, who. */
  readonly name: string;
  /** The first appearance of the event carries its id and the button role; echoes in other lanes do not. */
  readonly primary: boolean;
  readonly selected: boolean;
  /** Whether to draw the label (when the layout found room for it and the view is not mid-zoom). */
  readonly label: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (id: string) => void;
  readonly onFocusEvent: (id: string) => void;
}

/** Pointer targets are at least 24 px tall and wide (WCAG 2.2, target size). */
const HIT = 12;

/** One event in one lane, drawn from precomputed geometry. */
export const EventMark = memo(function EventMark({
  mark,
  name,
  primary,
  selected,
  label,
  tabbable,
  onSelect,
  onFocusEvent,
}: Props) {
  const { x, x2, y, kind, uncertain, status } = mark;
  const select = () => onSelect(mark.eventId);
  const labelEnd = mark.showLabel ? mark.labelX + mark.labelWidth : x2;
  // At least 24 px wide as well as tall, even for a point with no label (WCAG 2.5.8).
  const hitLeft = x - Math.max(POINT_R + 2, HIT);
  const className = `mark mark-${kind} status-${status}${uncertain ? ' uncertain' : ''}${selected ? ' selected' : ''}${primary ? '' : ' echo'}`;
  const shape =
    kind === 'range' ? (
      <rect
        className="mark-shape"
        x={x}
        y={y + RANGE_TOP}
        width={Math.max(x2 - x, 2)}
        height={RANGE_THICK}
        rx={RANGE_THICK / 2}
      />
    ) : (
      <circle className="mark-shape" cx={x} cy={y} r={POINT_R} />
    );
  const body = (
    <>
      <rect
        className="mark-hit"
        x={hitLeft}
        y={y - HIT}
        width={Math.max(Math.max(labelEnd, x2) + POINT_R + 2 - hitLeft, HIT * 2)}
        height={HIT * 2}
        rx={4}
      />
      {uncertain && kind === 'range' ? (
        <rect
          className="mark-uncertain"
          x={x}
          y={y + RANGE_TOP}
          width={Math.max(x2 - x, 2)}
          height={RANGE_THICK}
          rx={RANGE_THICK / 2}
          fill="url(#uncertain-hatch)"
        />
      ) : null}
      {shape}
      {label ? (
        <text className="mark-label" x={kind === 'range' ? mark.labelX - 6 : mark.labelX} y={y + 3}>
          {mark.label}
        </text>
      ) : null}
    </>
  );
  if (!primary) {
    return (
      <g className={className} aria-hidden="true" onClick={select}>
        {body}
      </g>
    );
  }
  return (
    <g
      className={className}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
      data-event-id={mark.eventId}
      onClick={select}
      onFocus={() => onFocusEvent(mark.eventId)}
      onKeyDown={(e: KeyboardEvent<SVGGElement>) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          select();
        }
      }}
    >
      {body}
    </g>
  );
});
