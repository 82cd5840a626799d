/** A mark's accessible name: its title first (tests and screen readers find it by that), then when and who. */
export function markName(
  title: string,
  when: string,
  actorNames: readonly string[],
  status?: string,
): string {
  const who = actorNames.length ? `; ${actorNames.join(', ')}` : '';
  const state = status ? ` (${status})` : '';
  return `${title}${state}, ${when}${who}`;
}
