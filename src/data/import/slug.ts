/** Ids made from names and titles, for rows that have none. */

/** "Takaichi meets Trump!" → "takaichi-meets-trump"; letters of any script are kept ("高市" stays). */
export function slugOf(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** Hands out unique ids: a repeat of an id already given gets "-2", "-3"… */
export function uniqueIds(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
}

/** An event id from its title and start: "first-call-2025-10-25". */
export function eventIdOf(title: string, start: string): string {
  const base = slugOf(title) || 'event';
  const day = start.replace(/[^0-9-]/g, '').slice(0, 10);
  return day ? `${base}-${day}` : base;
}
