// ESLint flat config: Next's rules (core web vitals, React, hooks, a11y) plus type-aware TypeScript rules.
// Formatting and import order are Prettier's job (see .prettierrc.json), so no stylistic rules here.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.next*/**',
      'bench/*/.next*/**',
      'bench/jekyll-site/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'public/**',
      'content/**',
      'e2e/fixtures/**',
      'tests/unit/fixtures/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // next.config.js and what it loads run as CommonJS (package.json has no "type": "module"), so they require().
    files: ['next.config.js', 'config/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Vitest types its asymmetric matchers (expect.objectContaining, expect.any, expect.stringContaining) as
    // `any`, so every use inside toEqual/toMatchObject reads as an unsafe assignment.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
