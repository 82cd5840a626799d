/**
 * A plain citation of an event's sources, for pasting into an article or a handout:
 *   First Takaichi–Trump phone call (25 October 2025). Sources: MOFA Japan, 25 Oct 2025, https://…; NHK, https://….
 */
import type { TimelineEvent } from '../model';
import { textIn } from '../text';

/** Options: the language for the title, the event's date as the app shows it, and where it is seen. */
export interface CitationOptions {
  readonly lang?: string;
  /** The date as displayed ("25 October 2025"), given by the UI, which formats dates. */
  readonly when: string;
  /** A link to the event in this app. */
  readonly link?: string;
}

/** One line per source: "Name (date). URL" — and a first line naming the event. */
export function citationOf(event: TimelineEvent, { lang = 'en', when, link }: CitationOptions): string {
  const title = textIn(event.title, lang);
  const head = `${title} (${when}).`;
  const sources = event.sources.map((s) => {
    const parts = [s.name, s.date, s.url].filter((p): p is string => Boolean(p));
    return `${parts.join(', ')}.`;
  });
  const lines = [head];
  if (sources.length) lines.push(...sources.map((s, i) => `[${i + 1}] ${s}`));
  else lines.push('No sources are given for this event.');
  if (link) lines.push(`Timeline: ${link}`);
  return lines.join('\n');
}
