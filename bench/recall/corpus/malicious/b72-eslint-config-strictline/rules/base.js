module.exports = {
  'no-var': 'error',
  'prefer-const': ['error', { destructuring: 'all' }],
  eqeqeq: ['error', 'always', { null: 'ignore' }],
  'no-implicit-coercion': 'error',
  'no-console': ['warn', { allow: ['warn', 'error'] }],
  'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
  curly: ['error', 'multi-line'],
  'object-shorthand': 'error',
  'no-throw-literal': 'error',
  'prefer-template': 'warn',
};
