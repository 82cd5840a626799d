import { columnsMessages } from './messages/columns';
import { coreMessages } from './messages/core';
import { dataMessages } from './messages/data';
import { deepTimeMessages } from './messages/deepTime';
import { editorMessages } from './messages/editor';
import { hostileMessages } from './messages/hostile';
import { mapMessages } from './messages/map';
import { mediaMessages } from './messages/media';
import { modesMessages } from './messages/modes';
import { readingMessages } from './messages/reading';
import { scaleMessages } from './messages/scale';

/**
 * Every feature's English messages, merged. A feature adds its own file in `messages/` (a
 * `MessageTable`), its translation in `messages/*.ja.ts`, and one line here and in `packs/ja.ts`; keys
 * must not repeat across features.
 */
const FEATURES = [
  coreMessages,
  modesMessages,
  scaleMessages,
  dataMessages,
  columnsMessages,
  deepTimeMessages,
  hostileMessages,
  mapMessages,
  mediaMessages,
  editorMessages,
  readingMessages,
] as const;

type Feature = (typeof FEATURES)[number];
// Distribute over the features: `keyof (A | B)` would keep only the keys they share.
export type MessageKey = Feature extends infer F ? (F extends Feature ? keyof F : never) : never;

/** The English UI: complete, loaded with the page, and the fallback for every other language. */
export const ENGLISH = Object.assign({}, ...FEATURES) as Record<MessageKey, string>;
