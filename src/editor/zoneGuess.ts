/** IANA time zones the browser knows, and the one a place name suggests ("Kuala Lumpur" → "Asia/Kuala_Lumpur"). */

let zones: readonly string[] | undefined;

/** Every IANA zone of `Intl.supportedValuesOf('timeZone')` (empty where the browser lacks it). */
export function timeZones(): readonly string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones;
}

/** The zone whose city is the place, if any (case and spaces aside). */
export function guessZone(place: string, known: readonly string[] = timeZones()): string | undefined {
  const city = place.trim().toLowerCase().replace(/\s+/g, '_');
  if (!city) return undefined;
  return known.find((zone) => zone.toLowerCase().split('/').at(-1) === city);
}
