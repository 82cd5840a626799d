import type { AxisTicks } from '../axis/ticks';

interface Props {
  readonly ticks: AxisTicks;
  readonly height: number;
  readonly axisHeight: number;
}

/** Tick lines across the lanes and their labels above: geometry comes precomputed from `axisTicks`. */
export function Axis({ ticks, height, axisHeight }: Props) {
  return (
    <g className="axis" aria-hidden="true">
      {ticks.minor.map((t) => (
        <line
          key={`m${t.value}`}
          className="tick-minor"
          x1={t.x}
          x2={t.x}
          y1={axisHeight - 6}
          y2={axisHeight}
        />
      ))}
      {ticks.major.map((t) => (
        <g key={t.value} transform={`translate(${t.x},0)`}>
          <line className="tick-grid" y1={axisHeight - 10} y2={height} />
          <text className="tick-label" x={4} y={axisHeight - 14}>
            {t.label}
          </text>
          {t.context ? (
            <text className="tick-context" x={4} y={axisHeight - 30}>
              {t.context}
            </text>
          ) : null}
        </g>
      ))}
      <line className="axis-line" x1={0} x2="100%" y1={axisHeight} y2={axisHeight} />
    </g>
  );
}
