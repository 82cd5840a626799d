import type { MessageTable } from '../defineMessages';

/** Media (images, players, links), slide backgrounds and eras (issue 13). */
export const mediaMessages = {
  mediaPlayVideo: 'Play video',
  mediaPlayAudio: 'Play audio',
  mediaShowEmbed: 'Show embedded content',
  mediaAction: '{action} ({provider})',
  mediaPlayerTitle: '{provider}: {what}',
  mediaLoadsFrom: 'Loads from {host} only when you ask.',
  mediaImage: 'Image',
  mediaCredit: 'Credit: {credit}',
  mediaLicense: 'License: {license}',
  mediaLinkTo: '{provider}: {label}',
  mediaHeading: 'Media',
  mediaVideo: 'video',
  mediaAudio: 'audio',
  mediaEmbed: 'embedded content',
  eraBands: 'Eras',
  eraDescription: 'Eras shown behind the events: {list}.',
  eraSpan: '{title} ({from} to {to})',
  eraSpanOpen: '{title} (from {from})',
  eraHandoutHeading: 'Eras',
} satisfies MessageTable;
