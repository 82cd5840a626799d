import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';

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
  {
    // d3-zoom and d3-selection touch the DOM: only the zoom hook may use them (STYLE.md, habit 9).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/timeline/useZoom.ts', 'src/timeline/useBrush.ts', 'src/map/useMapZoom.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['d3-zoom', 'd3-selection', 'd3-brush'].map((name) => ({
            name,
            message: 'Only the zoom/brush hooks (timeline and map) touch the DOM through d3.',
          })),
        },
      ],
    },
  },
  {
    // Dates are parsed once, strictly, in src/data (DESIGN.md: no new Date(string) anywhere else).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
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
