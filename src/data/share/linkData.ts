/**
 * Timelines that live in their link (DESIGN.md): a dataset's JSON, deflate-raw compressed by the
 * browser's own `CompressionStream`, written as base64url after `#data=`. A fragment never reaches
 * a server, so such a link needs no host at all.
 */
import type { IssueText } from '../validate/codedText';

/** The fragment's prefix. */
export const LINK_DATA_PREFIX = '#data=';

/**
 * The longest encoded dataset a link may carry (characters after `#data=`). Browsers take links of
 * megabytes, but chat apps, mail clients and CMS iframe fields cut or refuse long ones; 32,000
 * characters (about 100–300 events, depending on how much text each has) work nearly everywhere.
 * Above it, host the JSON file and use `?data=`.
 */
export const LINK_DATA_LIMIT = 32_000;

/** The most text a link may unpack to (a few kB can inflate to gigabytes: refuse "zip bombs"). */
export const LINK_TEXT_LIMIT = 20_000_000;

/**
 * A link whose data cannot be read: `message` says why, plainly; `reason` is the same coded, for the
 * UI language (`src/data/load/loadText.ts`; a plain object here, so no wording loads with the page).
 */
export class LinkDataError extends Error {
  override readonly name = 'LinkDataError';
  constructor(
    message: string,
    readonly reason: IssueText,
  ) {
    super(message);
  }
}

const NOT_BASE64: IssueText = { code: 'linkNotBase64' };

async function streamBytes(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      throw new LinkDataError(`the data in the link unpacks to more than ${limit / 1_000_000} MB`, {
        code: 'linkTooLarge',
        params: { mb: limit / 1_000_000 },
      });
    }
    parts.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** Bytes as base64url (RFC 4648 §5, no padding). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional; `+` and `/` accepted too) as bytes, or a LinkDataError. */
export function fromBase64Url(text: string): Uint8Array {
  const clean = text.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*=*$/.test(clean)) {
    throw new LinkDataError(
      'the data in the link is not base64url text (it may have been cut or changed)',
      NOT_BASE64,
    );
  }
  let binary: string;
  try {
    binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
  } catch {
    throw new LinkDataError(
      'the data in the link is not base64url text (it may have been cut or changed)',
      NOT_BASE64,
    );
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The text (a dataset's JSON), compressed and encoded for `#data=`. */
export async function encodeLinkData(text: string): Promise<string> {
  const packed = await streamBytes(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(packed);
}

/** The text a `#data=` value carries; a LinkDataError when it was cut, changed or is too large. */
export async function decodeLinkData(encoded: string): Promise<string> {
  const bytes = fromBase64Url(encoded);
  let unpacked: Uint8Array;
  try {
    unpacked = await streamBytes(bytes, new DecompressionStream('deflate-raw'), LINK_TEXT_LIMIT);
  } catch (error) {
    if (error instanceof LinkDataError) throw error;
    throw new LinkDataError('the data in the link could not be unpacked (it may have been cut or changed)', {
      code: 'linkNotUnpacked',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    throw new LinkDataError('the data in the link is not UTF-8 text', { code: 'linkNotUtf8' });
  }
}

/** The encoded data of a `#data=…` fragment (`location.hash`), or undefined when it has none. */
export function linkDataOf(hash: string): string | undefined {
  if (!hash.startsWith(LINK_DATA_PREFIX)) return undefined;
  const value = hash.slice(LINK_DATA_PREFIX.length);
  return value === '' ? undefined : value;
}
