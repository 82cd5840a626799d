/**
 * Which network a URL points into, read from the URL alone (issue 16, point 7): as browsers'
 * Private Network Access does, a page served from a public address may not reach into a private
 * network or a link-local address, where routers, printers and cloud metadata services listen.
 * The decision is made before any request, so nothing is ever sent to such an address.
 * A public host name that resolves to a private address cannot be seen from the URL; browsers
 * with Private Network Access still stop that one.
 */

/** `loopback`: this machine; `private`: a local network or link-local; `public`: anything else. */
export type AddressSpace = 'loopback' | 'private' | 'public';

/** Names that only resolve inside a local network (mDNS, RFC 8375, common home-router suffixes). */
const LOCAL_SUFFIXES = ['.local', '.lan', '.home.arpa', '.internal', '.intranet', '.localdomain'];

function ipv4Space(parts: readonly number[]): AddressSpace {
  const [a = 0, b = 0] = parts;
  if (a === 127) return 'loopback';
  if (
    a === 0 || // "this network": 0.0.0.0 reaches the machine itself in some browsers
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) || // link-local
    (a === 100 && b >= 64 && b <= 127) // carrier-grade NAT, shared address space
  )
    return 'private';
  return 'public';
}

/** The 8 groups of an IPv6 address as the URL parser writes it (compressed, lower case, no zone). */
function ipv6Groups(address: string): number[] | undefined {
  const [head = '', tail] = address.split('::');
  const groups = (text: string) => (text ? text.split(':').map((g) => parseInt(g, 16)) : []);
  const start = groups(head);
  const end = tail === undefined ? [] : groups(tail);
  const missing = 8 - start.length - end.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const all = [...start, ...Array<number>(missing).fill(0), ...end];
  return all.some((g) => Number.isNaN(g)) ? undefined : all;
}

function ipv6Space(address: string): AddressSpace {
  const g = ipv6Groups(address);
  if (!g) return 'public';
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(7) && g7 === 1) return 'loopback'; // ::1
  if (zeroTo(8)) return 'private'; // ::, the unspecified address
  if (zeroTo(5) && g5 === 0xffff) return ipv4Space([g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]); // ::ffff:a.b.c.d
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7, unique local
  if ((g0 & 0xffc0) === 0xfe80) return 'private'; // fe80::/10, link-local
  return 'public';
}

/** The address space of `url`'s host (its hostname as the URL parser normalised it). */
export function addressSpaceOf(url: URL): AddressSpace {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return ipv6Space(host.slice(1, -1));
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return ipv4Space(host.split('.').map(Number));
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (!host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'private';
  return 'public';
}

/**
 * Whether a page at `page` may load a dataset from `target`: always from its own origin and from
 * loopback (local use), and into a private network only when the page itself is not public.
 */
export function mayReach(page: URL, target: URL): boolean {
  if (page.origin === target.origin) return true;
  const space = addressSpaceOf(target);
  return space !== 'private' || addressSpaceOf(page) !== 'public';
}
