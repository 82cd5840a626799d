/**
 * The short place named beside a time ("21:30 in Kuala Lumpur"): the last part of the location
 * without asides in brackets ("Takaichi's hotel, Kuala Lumpur (Trump aboard Air Force One)" →
 * "Kuala Lumpur"); with no location, the city of the IANA zone ("Asia/Tokyo" → "Tokyo").
 */
export function timePlace(locationName: string | undefined, timezone?: string): string | undefined {
  const plain = locationName
    ?.replace(/\s*[(（][^)）]*[)）]/gu, '')
    .split(/[,、，]/u)
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  if (plain) return plain;
  const city = timezone?.split('/').pop()?.replace(/_/g, ' ');
  return city && city !== 'UTC' ? city : undefined;
}
