/**
 * Seeded synthetic datasets in the v1 format, for `npm run bench` and the large-dataset e2e test.
 * The same (size, seed) always gives the same file. Events look like the real thing: leaders and
 * ministers of a few dozen countries meeting, calling and visiting over 35 years, a few summits
 * and agreements spanning days, some dated only to the month, a few scheduled or cancelled,
 * every one with a source.
 */

/** A small fast PRNG (mulberry32): uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Approximate map points of the capitals above (for the map benchmark; synthetic data, not a
 * gazetteer). Each event is spread within about half a degree round its capital, so 100,000 events
 * are as many distinct points (see `spreadAround`).
 */
const CAPITAL_POINT: Readonly<Record<string, readonly [lat: number, lon: number]>> = {
  Tokyo: [35.68, 139.69],
  Washington: [38.9, -77.04],
  Beijing: [39.9, 116.4],
  Seoul: [37.57, 126.98],
  'New Delhi': [28.61, 77.21],
  Canberra: [-35.28, 149.13],
  London: [51.51, -0.13],
  Paris: [48.86, 2.35],
  Berlin: [52.52, 13.4],
  Jakarta: [-6.21, 106.85],
  'Kuala Lumpur': [3.15, 101.69],
  Hanoi: [21.03, 105.85],
  Manila: [14.6, 120.98],
  Brasília: [-15.79, -47.88],
  Ottawa: [45.42, -75.7],
  Nairobi: [-1.29, 36.82],
};

/** A point near a capital, from the event's number alone (no draw from the seeded stream, which stays as it was). */
function spreadAround(city: string, n: number): { lat: number; lon: number } | undefined {
  const point = CAPITAL_POINT[city];
  if (!point) return undefined;
  const a = Math.sin(n * 12.9898) * 43758.5453;
  const b = Math.sin(n * 78.233) * 12345.6789;
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    lat: round(point[0] + (a - Math.floor(a) - 0.5)),
    lon: round(point[1] + (b - Math.floor(b) - 0.5)),
  };
}

const COUNTRIES: readonly (readonly [id: string, name: string, capital: string, zone: string])[] = [
  ['japan', 'Japan', 'Tokyo', 'Asia/Tokyo'],
  ['usa', 'United States', 'Washington', 'America/New_York'],
  ['china', 'China', 'Beijing', 'Asia/Shanghai'],
  ['korea', 'South Korea', 'Seoul', 'Asia/Seoul'],
  ['india', 'India', 'New Delhi', 'Asia/Kolkata'],
  ['australia', 'Australia', 'Canberra', 'Australia/Sydney'],
  ['uk', 'United Kingdom', 'London', 'Europe/London'],
  ['france', 'France', 'Paris', 'Europe/Paris'],
  ['germany', 'Germany', 'Berlin', 'Europe/Berlin'],
  ['indonesia', 'Indonesia', 'Jakarta', 'Asia/Jakarta'],
  ['malaysia', 'Malaysia', 'Kuala Lumpur', 'Asia/Kuala_Lumpur'],
  ['vietnam', 'Vietnam', 'Hanoi', 'Asia/Ho_Chi_Minh'],
  ['philippines', 'Philippines', 'Manila', 'Asia/Manila'],
  ['brazil', 'Brazil', 'Brasília', 'America/Sao_Paulo'],
  ['canada', 'Canada', 'Ottawa', 'America/Toronto'],
  ['kenya', 'Kenya', 'Nairobi', 'Africa/Nairobi'],
];
const ORGANIZATIONS: readonly (readonly [id: string, name: string])[] = [
  ['asean', 'ASEAN'],
  ['un', 'United Nations'],
  ['g7', 'G7'],
  ['g20', 'G20'],
  ['apec', 'APEC'],
  ['eu', 'European Union'],
  ['nato', 'NATO'],
  ['quad', 'Quad'],
];
const TOPICS: readonly (readonly [id: string, label: string])[] = [
  ['alliance', 'Alliances'],
  ['trade', 'Trade and tariffs'],
  ['security', 'Security'],
  ['climate', 'Climate'],
  ['energy', 'Energy'],
  ['minerals', 'Critical minerals'],
  ['shipbuilding', 'Shipbuilding'],
  ['investment', 'Investment'],
  ['health', 'Health'],
  ['abductions', 'Abduction issue'],
  ['foip', 'Free and Open Indo-Pacific'],
  ['development', 'Development aid'],
];
const GIVEN = ['Akira', 'Maria', 'John', 'Li', 'Anand', 'Sophie', 'Kenji', 'Ana', 'David', 'Mei', 'Omar'];
const FAMILY = ['Tanaka', 'Silva', 'Smith', 'Wang', 'Kumar', 'Martin', 'Sato', 'Costa', 'Brown', 'Chen'];
const TYPES = ['call', 'meeting', 'summit', 'visit', 'agreement', 'statement', 'other'] as const;
/** Calls and meetings dominate real diplomatic calendars. */
const TYPE_WEIGHTS = [30, 30, 6, 14, 6, 10, 4];
const ZONE_OFFSET: Record<string, string> = {
  'Asia/Tokyo': '+09:00',
  'Asia/Seoul': '+09:00',
  'Asia/Shanghai': '+08:00',
  'Asia/Kuala_Lumpur': '+08:00',
  'Asia/Manila': '+08:00',
  'Asia/Jakarta': '+07:00',
  'Asia/Ho_Chi_Minh': '+07:00',
  'Asia/Kolkata': '+05:30',
  'Africa/Nairobi': '+03:00',
};

const FIRST_YEAR = 1990;
const LAST_YEAR = 2025;

const pad = (n: number) => String(n).padStart(2, '0');

/** Options of {@link generateDataset}. */
export interface GenerateOptions {
  readonly seed?: number;
  /** Years covered (default 1990–2025). */
  readonly fromYear?: number;
  readonly toYear?: number;
}

/** A raw v1 dataset (what a file holds) of `size` events. */
export function generateDataset(size: number, options: GenerateOptions = {}): Record<string, unknown> {
  const random = seededRandom(options.seed ?? 1);
  const fromYear = options.fromYear ?? FIRST_YEAR;
  const toYear = options.toYear ?? LAST_YEAR;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // A skewed pick: the first items (the big powers, the common topics) come up far more often.
  const pickSkewed = <T>(items: readonly T[]): T => items[Math.floor(random() ** 2 * items.length)] as T;
  const weighted = () => {
    let r = random() * TYPE_WEIGHTS.reduce((a, b) => a + b, 0);
    for (let i = 0; i < TYPES.length; i++) {
      r -= TYPE_WEIGHTS[i] as number;
      if (r < 0) return TYPES[i] as (typeof TYPES)[number];
    }
    return 'other';
  };

  const leaders = COUNTRIES.map(([id, name], i) => ({
    id: `${id}-leader`,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 3) % FAMILY.length]}`,
    kind: 'person',
    role: `Head of government of ${name}`,
    country: id,
  }));
  const actors = [
    ...leaders,
    ...COUNTRIES.map(([id, name]) => ({ id, name, kind: 'country' })),
    ...ORGANIZATIONS.map(([id, name]) => ({ id, name, kind: 'organization' })),
  ];
  const topics = TOPICS.map(([id, label]) => ({ id, label }));
  const span = Date.UTC(toYear, 11, 31) - Date.UTC(fromYear, 0, 1);

  const events = [];
  for (let n = 0; n < size; n++) {
    const host = pickSkewed(COUNTRIES);
    let guest = pickSkewed(COUNTRIES);
    if (guest === host) guest = pick(COUNTRIES);
    const [hostId, hostName, city, zone] = host;
    const [guestId, guestName] = guest;
    const type = weighted();
    const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(random() * span));
    const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const offset = ZONE_OFFSET[zone];
    const roll = random();
    let start: string;
    let end: string | undefined;
    if (roll < 0.05) start = ymd.slice(0, 7);
    else if ((type === 'call' || type === 'meeting') && offset && roll < 0.5) {
      const hour = 8 + Math.floor(random() * 12);
      start = `${ymd}T${pad(hour)}:${pad(Math.floor(random() * 4) * 15)}${offset}`;
      end = `${ymd}T${pad(hour + 1)}:00${offset}`;
    } else {
      start = ymd;
      if (type === 'summit' || type === 'visit') {
        const last = new Date(day.getTime() + (1 + Math.floor(random() * 4)) * 86_400_000);
        end = `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
      }
    }
    const org = type === 'summit' ? pick(ORGANIZATIONS) : undefined;
    const eventActors = [`${hostId}-leader`, `${guestId}-leader`, ...(org ? [org[0]] : [])];
    if (random() < 0.3) eventActors.push(hostId);
    const eventTopics = [pickSkewed(TOPICS)[0]];
    if (random() < 0.4) eventTopics.push(pick(TOPICS)[0]);
    const verb = { call: 'phone call with', meeting: 'meets', summit: 'summit with', visit: 'visit by' }[
      type as string
    ];
    const title = org
      ? `${org[1]} summit in ${city}`
      : `${hostName} ${verb ?? `${type} with`} ${guestName} (${ymd.slice(0, 4)})`;
    const status = random() < 0.02 ? 'scheduled' : random() < 0.01 ? 'cancelled' : 'occurred';
    events.push({
      id: `ev-${n}`,
      title,
      type,
      start,
      ...(end ? { end } : {}),
      timezone: zone,
      status,
      location: { name: city, country: hostName, ...spreadAround(city, n) },
      actors: [...new Set(eventActors)],
      topics: [...new Set(eventTopics)],
      summary: `Leaders of ${hostName} and ${guestName} discussed ${eventTopics.join(' and ')} in ${city}.`,
      sources: [{ name: `${hostName} foreign ministry`, url: `https://example.org/${hostId}/${n}` }],
    });
  }
  return {
    title: `Synthetic diplomatic events (${size.toLocaleString('en')})`,
    description: `Generated with seed ${options.seed ?? 1} for benchmarks and tests.`,
    actors,
    topics,
    events,
  };
}
