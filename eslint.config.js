// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Lint runs in `npm test`. Type-aware rules catch what the compiler lets through
 * (floating promises, unsound type guards, needless assertions); formatting is
 * Prettier's job, so eslint-config-prettier turns off the rules that would fight it.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'tests/.tmp/**',
      '.astro/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'scripts/bench/_*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Numbers and booleans in template strings read fine in messages.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Preact event handlers and store listeners return promises on purpose.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // tsconfig's noUncheckedIndexedAccess already makes every indexed read nullable;
      // a `!` after a bounds check is the honest way to say "checked", not a smell.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // These builders promise "never throws" for any input, and fuzz tests feed them
    // values their types do not allow (old saves, imports, hand-edited backups). Their
    // optional chains are deliberate, so the rule that calls them needless is off here.
    files: [
      'src/lib/action-items/action-item-email.ts',
      'src/lib/calendar/ics.ts',
      'src/lib/engagement/engagement-log.ts',
      'src/lib/export/job-search-csv.ts',
      'src/lib/handwritten-note/note-card.ts',
      'src/lib/linkedin/messages.ts',
      'src/lib/messages/mailto.ts',
      'src/lib/status-inquiry/compose.ts',
      'src/lib/thank-you/compose.ts',
      'src/lib/thank-you/templates.ts',
      'src/lib/timeline/outcome-plan.ts',
      'src/lib/timeline/plan.ts',
      'src/lib/timeline/follow-up-allowance.ts',
      'src/lib/timeline/step-state.ts',
      'src/lib/tone/tone-check.ts',
    ],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
    },
  },
  {
    // Tests and bench scripts read JSON files and values returned from the page; the
    // assertions that follow are what check their shape.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Tests feed control characters, code-point spreads and odd values on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-misused-spread': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    // astro check type-checks these, globals such as astroHTML included. Components
    // imported from other .astro files are unresolved types to typescript-eslint.
    rules: {
      'no-undef': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
