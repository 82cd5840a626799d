import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering in eslint.config.js, checked on imports a future change might write (issue 12). */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the config and its plugins: slow on a busy machine.
describe('layering lint rules', { timeout: 60_000 }, () => {
  it.each([
    [
      'src/data/probe.ts',
      "import { useAppStore } from '../store/StoreContext';",
      'src/data/ must not import src/store/',
    ],
    [
      'src/data/import/probe.ts',
      "import { t } from '../../i18n/useT';",
      'src/data/ must not import src/i18n/',
    ],
    [
      'src/store/probe.ts',
      "import { useText } from '../i18n/useText';",
      'src/store/ must not import src/i18n/',
    ],
    [
      'src/i18n/probe.ts',
      "import { EventList } from '../ui/EventList';",
      'src/i18n/ must not import src/ui/',
    ],
    [
      'src/timeline/marks/probe.ts',
      "import { Header } from '../../ui/Header';",
      'src/timeline/ must not import src/ui/',
    ],
    [
      'src/ui/data/probe.ts',
      "import { Timeline } from '../../timeline/Timeline';",
      'src/ui/ must not import src/timeline/',
    ],
    [
      'src/ui/probe.ts',
      "import { EmbedButton } from '../modes/embed/EmbedButton';",
      'src/ui/ must not import src/modes/',
    ],
    [
      'src/modes/present/probe.ts',
      "import { registerOffline } from '../../app/offline';",
      'src/modes/ must not import src/app/',
    ],
    [
      'src/timeline/interaction/useZoom.ts',
      "import { Header } from '../ui/Header';",
      'src/timeline/ must not import src/ui/',
    ],
  ])('%s: %s is an error naming the layers', async (file, code, expected) => {
    const found = await problems(file, `${code}\nexport const probe = 1;\n`);
    expect(found.filter((p) => p.startsWith('no-restricted-imports')).join('\n')).toContain(expected);
  });

  it('keeps d3-zoom and d3-selection to the zoom and brush hooks in every layer', async () => {
    for (const file of [
      'src/timeline/probe.ts',
      'src/ui/probe.ts',
      'src/modes/probe.ts',
      'src/app/probe.ts',
      'src/main.tsx',
    ]) {
      const found = await problems(file, "import { zoom } from 'd3-zoom';\nexport const probe = zoom;\n");
      expect(found, file).toContainEqual(expect.stringContaining('Only the zoom/brush hooks'));
    }
    expect(
      await problems(
        'src/timeline/interaction/useZoom.ts',
        "import { zoom } from 'd3-zoom';\nexport const probe = zoom;\n",
      ),
    ).toEqual([]);
  });

  it('lets each layer import the layers below it', async () => {
    const allowed: [string, string][] = [
      ['src/store/probe.ts', "import type { TimelineEvent } from '../data/model';"],
      ['src/i18n/probe.ts', "import { useAppStore } from '../store/StoreContext';"],
      ['src/timeline/probe.ts', "import { useText } from '../i18n/useText';"],
      ['src/ui/data/probe.ts', "import { useText } from '../../i18n/useText';"],
      ['src/modes/embed/probe.ts', "import { Timeline } from '../../timeline/Timeline';"],
      ['src/app/probe.ts', "import { EmbedShell } from '../modes/embed/EmbedShell';"],
    ];
    for (const [file, code] of allowed) {
      const found = await problems(file, `${code}\nexport const probe = 1;\n`);
      expect(
        found.filter((p) => p.startsWith('no-restricted-imports')),
        file,
      ).toEqual([]);
    }
  });

  it('finds the app reaching for a test id', async () => {
    const found = await problems(
      'src/ui/probe.ts',
      'export const probe = () => document.querySelector(\'[data-testid="timeline"]\');\n',
    );
    expect(found).toContainEqual(expect.stringContaining('test ids are for tests'));
  });
});
