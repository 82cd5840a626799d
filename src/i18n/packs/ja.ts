import { ja } from 'date-fns/locale/ja';
import type { MessageKey } from '../messages';
import { columnsJa } from '../messages/columns.ja';
import { coreJa } from '../messages/core.ja';
import { dataJa } from '../messages/data.ja';
import { deepTimeJa } from '../messages/deepTime.ja';
import { editorJa } from '../messages/editor.ja';
import { hostileJa } from '../messages/hostile.ja';
import { mapJa } from '../messages/map.ja';
import { mediaJa } from '../messages/media.ja';
import { modesJa } from '../messages/modes.ja';
import { readingJa } from '../messages/reading.ja';
import { scaleJa } from '../messages/scale.ja';

/**
 * The Japanese UI, in its own chunk: its messages (every key: each feature's translation must
 * cover its English table) and date-fns's Japanese locale for the axis. Loaded by `languagePack.ts`
 * only when a reader's UI is Japanese.
 */
export const messages: Readonly<Record<MessageKey, string>> = {
  ...coreJa,
  ...modesJa,
  ...scaleJa,
  ...dataJa,
  ...columnsJa,
  ...deepTimeJa,
  ...hostileJa,
  ...mapJa,
  ...mediaJa,
  ...editorJa,
  ...readingJa,
};

export const dateLocale = ja;
