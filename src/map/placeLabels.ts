/**
 * Place-name labels that never overlap each other or the marks (issue #15: "labels that avoid each
 * other"). Greedy by priority: each label tries the spots round its mark (right, left, above,
 * below) and takes the first that is free and inside the map; a label with no free spot is left
 * out (its name is still in the mark's accessible name and the map's description).
 */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  /** The mark's radius: a label keeps clear of it. */
  readonly r: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel {
  /** Index into the requests. */
  readonly index: number;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly side: 'right' | 'left' | 'above' | 'below';
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const GAP = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function candidates(l: LabelRequest): { side: PlacedLabel['side']; box: Box }[] {
  const { x, y, r, width: w, height: h } = l;
  const spot = (side: PlacedLabel['side'], x0: number, y0: number) => ({
    side,
    box: { x0, y0, x1: x0 + w, y1: y0 + h },
  });
  return [
    spot('right', x + r + GAP, y - h / 2),
    spot('left', x - r - GAP - w, y - h / 2),
    spot('above', x - w / 2, y - r - GAP - h),
    spot('below', x - w / 2, y + r + GAP),
  ];
}

/** A drawn mark that has no label of its own (an opened cluster's ring member): labels keep clear of it too. */
export type LabelObstacle = Pick<LabelRequest, 'x' | 'y' | 'r'>;

const boxOf = ({ x, y, r }: LabelObstacle): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** Labels in the order given (most important first), placed within width × height, clear of every mark. */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly LabelObstacle[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...requests.map(boxOf), ...obstacles.map(boxOf)];
  const placed: PlacedLabel[] = [];
  requests.forEach((request, index) => {
    for (const { side, box } of candidates(request)) {
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
      if (!inside || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ index, x: box.x0, y: box.y0, side });
      return;
    }
  });
  return placed;
}
