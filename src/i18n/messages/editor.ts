import { defineMessages } from '../defineMessages';

/**
 * Making a timeline (issue 14), the few words the app shows before the editor is opened: the
 * header's Edit button, Reload data, New timeline. The editor's own words load with it
 * (`editorLazy.ts`), so they cost nothing at start.
 */
export const editorMessages = defineMessages({
  en: {
    reloadData: 'Reload data',
    reloadDataDone: 'Data reloaded.',
    editButton: 'Edit',
    editorLoading: 'Opening the editor…',
    newTimeline: 'New timeline',
    newTimelineHelp: 'Start an empty timeline in the editor: a title and one example event to overwrite.',
    newTimelineTitle: 'My timeline',
    newTimelineExample: 'Example event: replace me',
  },
  ja: {
    reloadData: 'データを再読み込み',
    reloadDataDone: 'データを再読み込みしました。',
    editButton: '編集',
    editorLoading: 'エディターを開いています…',
    newTimeline: '新しいタイムライン',
    newTimelineHelp: 'エディターで空のタイムラインを始めます（タイトルと、書き換える例の出来事がひとつ）。',
    newTimelineTitle: '私のタイムライン',
    newTimelineExample: '例の出来事：書き換えてください',
  },
});
