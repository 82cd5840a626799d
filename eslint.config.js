import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';

/**
 * The one-way layering (STYLE.md's layout; issue 12): data → store → i18n → timeline, map and ui → modes
 * and editor → app.
 * Each folder names the folders above it that it must not import. `timeline`, `map` and `ui` are
 * siblings: none imports another; the app wires them (props, children, context).
 */
const LAYERS = {
  data: ['store', 'i18n', 'timeline', 'map', 'ui', 'modes', 'editor', 'app'],
  store: ['i18n', 'timeline', 'map', 'ui', 'modes', 'editor', 'app'],
  i18n: ['timeline', 'map', 'ui', 'modes', 'editor', 'app'],
  timeline: ['map', 'ui', 'modes', 'editor', 'app'],
  map: ['timeline', 'ui', 'modes', 'editor', 'app'],
  ui: ['timeline', 'map', 'modes', 'editor', 'app'],
  modes: ['editor', 'app'],
  editor: ['modes', 'app'],
  app: [],
};

/** d3-zoom, d3-selection and d3-brush touch the DOM: only the zoom and brush hooks use them (STYLE.md, habit 9). */
const DOM_HOOKS = {
  'src/timeline/interaction/useZoom.ts': 'timeline',
  'src/timeline/interaction/useBrush.ts': 'timeline',
  'src/map/useMapZoom.ts': 'map',
};
const DOM_HOOK_FILES = Object.keys(DOM_HOOKS);
const d3Paths = ['d3-zoom', 'd3-selection', 'd3-brush'].map((name) => ({
  name,
  message: `Only the zoom/brush hooks (${DOM_HOOK_FILES.join(', ')}) touch the DOM through d3.`,
}));

/** An import of `src/<folder>/…` from a file inside `src/<layer>/`, by relative path. */
function crossing(layer, folder) {
  return {
    regex: `^(\\.\\./)+${folder}(/|$)`,
    message:
      `Layering (eslint.config.js, STYLE.md): src/${layer}/ must not import src/${folder}/. ` +
      'Data flows data → store → i18n → timeline | map | ui → modes | editor → app; move the shared piece down a layer, ' +
      'or let a higher layer pass it in (props, children, context).',
  };
}

/**
 * One `no-restricted-imports` per folder. In flat config a later block's options for the same rule
 * replace an earlier one's, so each block repeats the d3 paths (all but the DOM hooks' own block).
 */
function layerRules() {
  const blocks = Object.entries(LAYERS).map(([layer, above]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: DOM_HOOK_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: d3Paths, patterns: above.map((folder) => crossing(layer, folder)) },
      ],
    },
  }));
  return [
    // Files directly in src/ (main.tsx) and any new top-level folder still keep d3 to the hooks.
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: DOM_HOOK_FILES,
      rules: { 'no-restricted-imports': ['error', { paths: d3Paths }] },
    },
    ...blocks,
    ...Object.entries(DOM_HOOKS).map(([file, layer]) => ({
      files: [file],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: LAYERS[layer].map((folder) => crossing(layer, folder)) },
        ],
      },
    })),
  ];
}

/** Test ids are the tests' handle on the page; the app reaches its own elements through refs and props. */
const testIdLookup = {
  selector: 'Literal[value=/data-testid/]',
  message: 'Reach the element through a ref, prop or context: test ids are for tests (issue 12).',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench/out'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', testIdLookup] },
  },
  {
    // Dates are parsed once, strictly, in src/data (DESIGN.md: no new Date(string) anywhere else).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        testIdLookup,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type='Literal']",
          message: 'Parse dates with src/data/dates.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']",
          message: 'Parse dates with src/data/dates.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call their argument `use`; it is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
);
