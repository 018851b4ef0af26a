module.exports = {
  extends: ['eslint:recommended'],
  rules: {
    eqeqeq: ['error', 'always'],
    'no-var': 'error',
    'prefer-const': 'error',
    'no-implicit-coercion': 'error',
    'no-console': 'warn',
    curly: ['error', 'all'],
  },
};
