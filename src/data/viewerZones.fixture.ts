import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Viewers west and east of UTC, on both sides of the date line: a date must read the same in all. */
export const VIEWER_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

/** Node's environment: tests run in Node, which honours a change of TZ at once (the app's tsconfig has no Node types). */
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

/**
 * Runs `suite` once per viewer zone with the process's TZ set to it (and restored after), first
 * checking that the switch really took effect, so a date test cannot pass by never changing zone.
 */
export function describeInViewerZones(suite: (zone: string) => void): void {
  const initialTz = env.TZ;
  afterAll(() => {
    env.TZ = initialTz;
  });
  for (const zone of VIEWER_ZONES) {
    describe(`with the viewer in ${zone}`, () => {
      beforeAll(() => {
        env.TZ = zone;
      });

      it('really runs in that zone', () => {
        const expected = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
      });

      suite(zone);
    });
  }
}
