/**
 * A dataset that makes the validator say each of its messages about catalogs, eras, the focus,
 * the title, sources, quotes, media and backgrounds (issue 14, point 2): every one must carry a
 * code, so the UI can word it in its own language.
 */
export const everyMessage: unknown = {
  title: {
    en: 5,
  },
  focus: {
    from: '2025-10',
    to: 7,
    extra: 1,
  },
  actors: [
    3,
    {
      name: 'No id',
    },
    {
      id: ' sp ',
      name: 'Spaces',
    },
    {
      id: 'a',
      name: 'A',
      kind: 'robot',
    },
    {
      id: 'a',
      name: 'Again',
    },
    {
      id: 'b',
      kind: 'person',
    },
    {
      id: 'c',
      name: {
        'xx yy': 'bad',
      },
    },
    {
      id: 'd',
      name: 'D',
    },
  ],
  topics: [
    't',
    {
      label: 'no id',
    },
    {
      id: 't1',
    },
    {
      id: 't1',
      label: 'again',
    },
    {
      id: 't2',
      label: 9,
      what: 1,
    },
  ],
  eras: [
    7,
    {
      title: 'no id',
      start: '2025',
    },
    {
      id: 'e1',
      start: '2025',
    },
    {
      id: 'e2',
      title: 'no start',
    },
    {
      id: 'e3',
      title: 'bad start',
      start: 2025,
    },
    {
      id: 'e4',
      title: 'bad start 2',
      start: 'Oct 2025',
    },
    {
      id: 'e5',
      title: 'ok',
      start: '2025-10-01',
      end: '2025-09-01',
      color: 'red',
    },
    {
      id: 'e5',
      title: 'dup',
      start: '2025',
    },
    {
      id: 'e6',
      title: 'bad end',
      start: '2025',
      end: 'nope',
      colour: 1,
    },
    {
      id: 'e7',
      title: {
        en: 3,
      },
      start: '2025',
    },
  ],
  events: [
    {
      id: 'x',
      title: 'X',
      start: '2025-10-25',
      sources: [
        5,
        {
          url: 'https://www.nhk.or.jp/x',
        },
        {
          name: 4,
          url: 'https://example.org/',
        },
        {
          name: 4,
        },
        {},
        {
          name: 'N',
          date: 20251025,
        },
        {
          name: 'N2',
          date: '2025-13-01',
        },
      ],
      quotes: [
        1,
        {
          speaker: 'a',
        },
        {
          speaker: 'a',
          text: {
            en: 1,
          },
        },
        {
          text: 't',
        },
        {
          text: 't',
          speaker: 5,
        },
        {
          text: 't',
          speaker: 'a',
          source: -1,
        },
        {
          text: 't',
          speaker: 'a',
          source: 99,
        },
        {
          text: 't',
          speaker: 'a',
          source: 0,
        },
        {
          text: 't',
          speaker: 'a',
          source: 3,
        },
      ],
      media: [
        3,
        {
          url: 'https://e.org/a.jpg',
          kind: 'photo',
        },
        {
          url: 'https://e.org/b.jpg',
          caption: 'c',
        },
        {
          url: 'https://e.org/c.png',
        },
      ],
      background: 4,
    },
    {
      id: 'y',
      title: 'Y',
      start: '2025-10-26',
      sources: [
        {
          name: 'S',
        },
      ],
      quotes: [
        {
          text: 't',
          speaker: 'a',
          source: 5,
        },
      ],
      background: {
        color: 'blue',
      },
    },
    {
      id: 'z',
      title: 'Z',
      start: '2025-10-27',
      quotes: [
        {
          text: 't',
          speaker: 'a',
          source: 2,
        },
      ],
      sources: 3,
    },
  ],
};
