import type { Translation } from '../defineMessages';
import type { editorMessages } from './editor';

/** `editorMessages` in Japanese (loaded only for the Japanese UI). */
export const editorJa: Translation<typeof editorMessages> = {
  reloadData: 'データを再読み込み',
  reloadDataDone: 'データを再読み込みしました。',
  editButton: '編集',
  editorLoading: 'エディターを開いています…',
  newTimeline: '新しいタイムライン',
  newTimelineHelp: 'エディターで空のタイムラインを始めます（タイトルと、書き換える例の出来事がひとつ）。',
  newTimelineTitle: '私のタイムライン',
  newTimelineExample: '例の出来事：書き換えてください',
};
