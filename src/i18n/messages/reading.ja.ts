import type { Translation } from '../defineMessages';
import type { readingMessages } from './reading';

/** `readingMessages` in Japanese (loaded only for the Japanese UI). */
export const readingJa: Translation<typeof readingMessages> = {
  readingMoreBelow: '続きがあります（スクロール）',
};
