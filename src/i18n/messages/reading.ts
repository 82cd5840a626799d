import { defineMessages } from '../defineMessages';

/** The reader's view (issue 11): details beside the chart or in a dialog, slides that never cut text. */
export const readingMessages = defineMessages({
  en: {
    readingMoreBelow: 'More below: scroll',
  },
  ja: {
    readingMoreBelow: '続きがあります（スクロール）',
  },
});
