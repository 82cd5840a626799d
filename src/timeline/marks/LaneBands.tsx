import type { LaneGeom } from '../layout/layout';

interface Props {
  readonly lanes: readonly LaneGeom[];
  readonly width: number;
}

/** Alternating lane backgrounds with each lane's name at its top-left. */
export function LaneBands({ lanes, width }: Props) {
  return (
    <g className="lanes" aria-hidden="true">
      {lanes.map((lane, i) => (
        <g key={lane.key} transform={`translate(0,${lane.y})`}>
          <rect
            className={i % 2 ? 'lane lane-odd' : 'lane'}
            width={Math.max(width, 1)}
            height={lane.height}
          />
          <text className="lane-label" x={8} y={14}>
            {lane.label}
          </text>
        </g>
      ))}
    </g>
  );
}
