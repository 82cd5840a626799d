/**
 * A location's map point (DESIGN.md, "Where it happened"): `lat` and `lon` in WGS 84 degrees, both
 * or neither. Shared by the careful and the fast validator so they can never disagree.
 */
import { englishIssue, said, type IssueText } from './issueText';

export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
}

/** Why a pair was refused, in words for the issues notice (and coded); the caller adds where. */
export interface CoordinatesProblem {
  readonly problem: string;
  readonly text: IssueText;
}

function problem(text: IssueText): CoordinatesProblem {
  return { problem: englishIssue(text), text };
}

function isDegrees(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit;
}

function describeNumber(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** The pair when both are given and in range; undefined when neither is; else the problem. */
export function readCoordinates(lat: unknown, lon: unknown): Coordinates | CoordinatesProblem | undefined {
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === undefined || lon === undefined) {
    const missing = lat === undefined ? 'lat' : 'lon';
    return problem(said('coordinatesHalf', { missing }));
  }
  if (!isDegrees(lat, 90)) return problem(said('latRange', { value: describeNumber(lat) }));
  if (!isDegrees(lon, 180)) return problem(said('lonRange', { value: describeNumber(lon) }));
  return { lat, lon };
}

export function isCoordinatesProblem(
  value: Coordinates | CoordinatesProblem | undefined,
): value is CoordinatesProblem {
  return value !== undefined && 'problem' in value;
}
