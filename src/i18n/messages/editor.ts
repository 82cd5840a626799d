import type { MessageTable } from '../defineMessages';

/**
 * Making a timeline (issue 14), the few words the app shows before the editor is opened: the
 * header's Edit button, Reload data, New timeline. The editor's own words load with it
 * (`editorLazy.ts`), so they cost nothing at start.
 */
export const editorMessages = {
  reloadData: 'Reload data',
  reloadDataDone: 'Data reloaded.',
  editButton: 'Edit',
  editorLoading: 'Opening the editor…',
  newTimeline: 'New timeline',
  newTimelineHelp: 'Start an empty timeline in the editor: a title and one example event to overwrite.',
  newTimelineTitle: 'My timeline',
  newTimelineExample: 'Example event: replace me',
} satisfies MessageTable;
