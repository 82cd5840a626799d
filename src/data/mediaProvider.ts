/**
 * What a media link is, from its address alone: which provider serves it (YouTube, Vimeo,
 * SoundCloud, …), what kind of medium it is, and, for players, the address of the provider's
 * embeddable player — privacy-enhanced where the provider has such a mode (youtube-nocookie,
 * Vimeo's `dnt=1`). Modelled on TimelineJS3's `src/js/media/MediaType.js` table, without its
 * scripts: we only ever build an iframe address, and only after the reader asks for it.
 */
import type { MediaKind } from './model';

/** A provider recognised from a link. */
export interface MediaProvider {
  /** The name shown on the button ("Play video (YouTube)"). */
  readonly name: string;
  readonly kind: MediaKind;
  /** The embeddable player's address, when the provider has one we can build from the link. */
  readonly player?: string;
  /** For a page that stands for one image (Wikimedia Commons), the image file's address. */
  readonly image?: string;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|svg|webp|avif)$/i;
const AUDIO_FILE = /\.(?:mp3|wav|m4a|ogg|oga|opus|flac|aac)$/i;
const VIDEO_FILE = /\.(?:mp4|webm|mov|m4v|ogv)$/i;

/** "5m21s", "321", "1h2m" (YouTube's `t`) as whole seconds; undefined when unreadable. */
export function youTubeSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+s?$/.test(value)) return Number.parseInt(value, 10);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || value === '') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

type Recogniser = (url: URL, host: string, path: string[]) => MediaProvider | undefined;

const ID = /^[\w-]+$/;

const youTube: Recogniser = (url, host, path) => {
  let id: string | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (/(^|\.)youtube(-nocookie)?\.com$/.test(host)) {
    if (path[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '')) id = path[1];
  } else return undefined;
  const name = 'YouTube';
  if (!id || !ID.test(id)) return { name, kind: 'link' };
  const start = youTubeSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  const query = start ? `?start=${start}` : '';
  return { name, kind: 'video', player: `https://www.youtube-nocookie.com/embed/${id}${query}` };
};

const vimeo: Recogniser = (_url, host, path) => {
  if (!/(^|\.)vimeo\.com$/.test(host)) return undefined;
  const id = path.find((part) => /^\d+$/.test(part));
  if (!id) return { name: 'Vimeo', kind: 'link' };
  return { name: 'Vimeo', kind: 'video', player: `https://player.vimeo.com/video/${id}?dnt=1` };
};

const dailyMotion: Recogniser = (_url, host, path) => {
  let id: string | undefined;
  if (host === 'dai.ly') id = path[0];
  else if (/(^|\.)dailymotion\.com$/.test(host)) {
    const at = path.indexOf('video');
    id = at >= 0 ? path[at + 1]?.split('_')[0] : undefined;
  } else return undefined;
  if (!id || !ID.test(id)) return { name: 'Dailymotion', kind: 'link' };
  return { name: 'Dailymotion', kind: 'video', player: `https://www.dailymotion.com/embed/video/${id}` };
};

const tikTok: Recogniser = (_url, host, path) => {
  if (!/(^|\.)tiktok\.com$/.test(host)) return undefined;
  const at = path.indexOf('video');
  const id = at >= 0 ? path[at + 1] : undefined;
  if (!id || !/^\d+$/.test(id)) return { name: 'TikTok', kind: 'link' };
  return { name: 'TikTok', kind: 'video', player: `https://www.tiktok.com/player/v1/${id}` };
};

const soundCloud: Recogniser = (url, host) => {
  if (!/(^|\.)soundcloud\.com$/.test(host)) return undefined;
  const page = `https://soundcloud.com${url.pathname}`;
  return {
    name: 'SoundCloud',
    kind: 'audio',
    player: `https://w.soundcloud.com/player/?url=${encodeURIComponent(page)}&visual=false`,
  };
};

const SPOTIFY_TYPES = ['track', 'album', 'artist', 'playlist', 'episode', 'show'];
const spotify: Recogniser = (_url, host, path) => {
  if (!/(^|\.)spotify\.com$/.test(host)) return undefined;
  const at = path.findIndex((part) => SPOTIFY_TYPES.includes(part));
  const id = at >= 0 ? path[at + 1] : undefined;
  if (!id || !ID.test(id)) return { name: 'Spotify', kind: 'link' };
  return {
    name: 'Spotify',
    kind: 'audio',
    player: `https://open.spotify.com/embed/${path[at] as string}/${id}`,
  };
};

const wistia: Recogniser = (_url, host, path) => {
  if (!/(^|\.)(wistia\.com|wistia\.net|wi\.st)$/.test(host)) return undefined;
  const id = path[path.length - 1];
  if (!id || !ID.test(id)) return { name: 'Wistia', kind: 'link' };
  return {
    name: 'Wistia',
    kind: 'video',
    player: `https://fast.wistia.net/embed/iframe/${id}?doNotTrack=true`,
  };
};

const commons: Recogniser = (_url, host, path) => {
  if (host !== 'commons.wikimedia.org' || path[0] !== 'wiki' || !path[1]?.startsWith('File:'))
    return undefined;
  const file = path[1].slice('File:'.length);
  return {
    name: 'Wikimedia Commons',
    kind: 'image',
    image: `https://commons.wikimedia.org/wiki/Special:FilePath/${file}?width=960`,
  };
};

/** Sites whose pages we link to by name (their embeds need the provider's scripts). */
const LINKED_SITES: readonly (readonly [RegExp, string])[] = [
  [/(^|\.)(twitter|x)\.com$/, 'X (Twitter)'],
  [/^bsky\.app$/, 'Bluesky'],
  [/(^|\.)instagr(\.am|am\.com)$/, 'Instagram'],
  [/(^|\.)(flickr\.com|flic\.kr)$/, 'Flickr'],
  [/(^|\.)documentcloud\.org$/, 'DocumentCloud'],
  [/(^|\.)wikipedia\.org$/, 'Wikipedia'],
  [/^(docs|drive)\.google\.com$/, 'Google Drive'],
  [/(^|\.)google\.[a-z.]+$/, 'Google Maps'],
  [/(^|\.)imgur\.com$/, 'Imgur'],
  [/(^|\.)facebook\.com$/, 'Facebook'],
];

const RECOGNISERS: readonly Recogniser[] = [
  youTube,
  vimeo,
  dailyMotion,
  tikTok,
  soundCloud,
  spotify,
  wistia,
  commons,
];

/** The provider of an absolute http(s) link, or undefined for a link we do not recognise. */
export function providerOf(link: string): MediaProvider | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.split('/').filter(Boolean);
  for (const recognise of RECOGNISERS) {
    const found = recognise(url, host, path);
    if (found) return found;
  }
  for (const [pattern, name] of LINKED_SITES) {
    if (pattern.test(host) && !(name === 'Google Maps' && path[0] !== 'maps')) {
      return { name, kind: 'link' };
    }
  }
  return undefined;
}

/** The kind of a medium whose dataset does not say: from its provider, else its file extension. */
export function guessMediaKind(link: string): MediaKind {
  const provider = /^https?:/i.test(link) ? providerOf(link) : undefined;
  if (provider) return provider.kind;
  const path = link.split(/[?#]/)[0] ?? '';
  if (IMAGE_FILE.test(path)) return 'image';
  if (AUDIO_FILE.test(path)) return 'audio';
  if (VIDEO_FILE.test(path)) return 'video';
  return 'link';
}

/** Whether a link names an audio or video file the browser can play itself (`<audio>`, `<video>`). */
export function isPlayableFile(link: string): boolean {
  const path = link.split(/[?#]/)[0] ?? '';
  return AUDIO_FILE.test(path) || VIDEO_FILE.test(path);
}
