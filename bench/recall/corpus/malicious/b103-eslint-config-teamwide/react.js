'use strict';
const react = require('eslint-plugin-react');
const a11y = require('eslint-plugin-jsx-a11y');

module.exports = [
  {
    files: ['**/*.{jsx,tsx}'],
    plugins: { react, 'jsx-a11y': a11y },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...a11y.configs.recommended.rules,
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      'react/jsx-no-target-blank': 'error',
      'react/self-closing-comp': 'warn'
    }
  }
];
