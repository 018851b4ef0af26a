module.exports = {
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint'],
  extends: ['eslint:recommended'],
  rules: { 'no-console': 'warn', eqeqeq: ['error', 'smart'], '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }] },
};
