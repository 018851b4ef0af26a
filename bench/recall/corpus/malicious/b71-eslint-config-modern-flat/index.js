'use strict';
const js = (() => { try { return require('@eslint/js'); } catch (_) { return { configs: { recommended: { rules: {} } } }; } })();
const globals = (() => { try { return require('globals'); } catch (_) { return { node: {} }; } })();

module.exports = [
  { ignores: ['dist/**', 'build/**', 'coverage/**', '**/*.min.js'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      'no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'prefer-const': 'error',
      'no-var': 'error',
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
      'object-shorthand': 'warn',
      'no-implicit-coercion': 'warn',
      'no-throw-literal': 'error',
      'no-return-await': 'off',
      'require-await': 'warn',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.test.*', 'test/**'], rules: { 'no-unused-expressions': 'off' } },
];
