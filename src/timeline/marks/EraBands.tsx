import { ERA_ROW_HEIGHT, type EraLayout } from '../layout/eraLayout';

interface Props {
  readonly layout: EraLayout;
  /** Height of the lanes below the title strip. */
  readonly height: number;
}

/**
 * Eras behind the lanes: a faint band over the lanes' height and the era's title in its row of the
 * strip above them (drawn at negative y, inside the lanes' group, so it sits between the axis and
 * the first lane). Titles are clipped to their band by a nested `<svg>`. Screen readers get the eras
 * from the chart's description (`EraDescription`), so the drawing itself is hidden from them.
 */
export function EraBands({ layout, height }: Props) {
  if (layout.bands.length === 0) return null;
  const top = -layout.stripHeight;
  return (
    <g className="eras" aria-hidden="true">
      {layout.bands.map((band) => {
        const y = top + 2 + band.row * ERA_ROW_HEIGHT;
        const w = band.x1 - band.x0;
        const tint = band.color ? { fill: band.color, stroke: band.color } : undefined;
        return (
          <g key={band.id} className={`era era-row-${band.row % 2}`} data-era-id={band.id}>
            <rect className="era-band" x={band.x0} y={0} width={w} height={height} style={tint} />
            <rect
              className="era-tab"
              x={band.x0}
              y={y}
              width={w}
              height={ERA_ROW_HEIGHT - 2}
              rx={3}
              style={tint}
            />
            <svg
              x={band.labelX}
              y={y}
              width={Math.max(0, band.x1 - band.labelX - 4)}
              height={ERA_ROW_HEIGHT - 2}
            >
              <text className="era-title" x={0} y={ERA_ROW_HEIGHT / 2 + 3}>
                {band.title}
              </text>
            </svg>
          </g>
        );
      })}
    </g>
  );
}
