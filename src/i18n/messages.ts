import { coreMessages } from './messages/core';
import type { UiLanguage } from './defineMessages';

/**
 * Every feature's messages, merged. A feature adds its own file in `messages/` (made with
 * `defineMessages`) and one line here; keys must not repeat across features.
 */
const FEATURES = [coreMessages] as const;

type Feature = (typeof FEATURES)[number];
export type MessageKey = keyof Feature['en'];

export const MESSAGES = Object.fromEntries(
  (['en', 'ja'] as const).map((lang) => [lang, Object.assign({}, ...FEATURES.map((f) => f[lang]))]),
) as Record<UiLanguage, Record<MessageKey, string>>;
