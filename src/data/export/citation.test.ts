import { describe, expect, it } from 'vitest';
import { importDataset } from '../import/importDataset';
import { citationOf } from './citation';

const { dataset } = importDataset(
  JSON.stringify({
    title: 'T',
    events: [
      {
        id: 'call',
        title: { en: 'First call', ja: '初の電話会談' },
        start: '2025-10-25',
        sources: [
          { name: 'MOFA Japan', url: 'https://www.mofa.go.jp/a', date: '2025-10-25' },
          { name: 'NHK' },
        ],
      },
      { id: 'bare', title: 'Bare', start: '2025' },
    ],
  }),
  't.json',
);

describe('citationOf', () => {
  it('names the event and lists each source with its date and link', () => {
    const [bare, call] = dataset.events;
    expect(citationOf(call!, { when: '25 October 2025', link: 'https://example.org/?event=call' })).toBe(
      [
        'First call (25 October 2025).',
        '[1] MOFA Japan, 2025-10-25, https://www.mofa.go.jp/a.',
        '[2] NHK.',
        'Timeline: https://example.org/?event=call',
      ].join('\n'),
    );
    expect(citationOf(call!, { lang: 'ja', when: '2025年10月25日' }).split('\n')[0]).toBe(
      '初の電話会談 (2025年10月25日).',
    );
    expect(citationOf(bare!, { when: '2025' })).toBe('Bare (2025).\nNo sources are given for this event.');
  });
});
