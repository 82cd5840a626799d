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
import type { UiLanguage } from './defineMessages';

/**
 * Every feature's messages, merged. A feature adds its own file in `messages/` (made with
 * `defineMessages`) and one line here; keys must not repeat across features.
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
export type MessageKey = Feature extends infer F ? (F extends Feature ? keyof F['en'] : never) : never;

export const MESSAGES = Object.fromEntries(
  (['en', 'ja'] as const).map((lang) => [lang, Object.assign({}, ...FEATURES.map((f) => f[lang]))]),
) as Record<UiLanguage, Record<MessageKey, string>>;
