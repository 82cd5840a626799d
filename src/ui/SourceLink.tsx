import type { Source } from '../data/model';
import { safeHref } from './safeHref';

/** A source's name, linked (new tab, no opener, no referrer) when it has an http(s) URL. */
export function SourceLink({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <bdi>{source.name}</bdi>
    </a>
  ) : (
    <bdi>{source.name}</bdi>
  );
}
