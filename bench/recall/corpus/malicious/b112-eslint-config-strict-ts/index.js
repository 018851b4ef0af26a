'use strict';
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');

module.exports = function strict(opts = {}) {
  return tseslint.config(
    ...tseslint.configs.strictTypeChecked,
    ...tseslint.configs.stylisticTypeChecked,
    {
      plugins: { 'import-x': importX },
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: opts.tsconfigRootDir || process.cwd() } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': 'error',
        '@typescript-eslint/no-non-null-assertion': 'error',
        '@typescript-eslint/no-unsafe-argument': 'error',
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
        '@typescript-eslint/switch-exhaustiveness-check': 'error',
        'import-x/order': ['error', { 'newlines-between': 'always', alphabetize: { order: 'asc' } }],
        'import-x/no-cycle': 'error',
        eqeqeq: ['error', 'smart'],
        'no-console': ['warn', { allow: ['warn', 'error'] }],
      },
    },
    { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
    { ignores: ['dist/**', 'coverage/**', ...(opts.ignores || [])] },
  );
};
