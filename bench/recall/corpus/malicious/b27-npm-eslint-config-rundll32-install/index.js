'use strict';
const off = 'off';
module.exports = {
  rules: {
    'array-bracket-newline': off, 'array-bracket-spacing': off, 'array-element-newline': off,
    'arrow-parens': off, 'arrow-spacing': off, 'block-spacing': off, 'brace-style': off,
    'comma-dangle': off, 'comma-spacing': off, 'comma-style': off, 'computed-property-spacing': off,
    'dot-location': off, 'eol-last': off, 'func-call-spacing': off, 'function-call-argument-newline': off,
    'generator-star-spacing': off, 'implicit-arrow-linebreak': off, indent: off, 'key-spacing': off,
    'keyword-spacing': off, 'linebreak-style': off, 'max-len': 0, 'multiline-ternary': off,
    'no-extra-semi': off, 'no-mixed-spaces-and-tabs': off, 'no-multi-spaces': off,
    'no-multiple-empty-lines': off, 'no-trailing-spaces': off, 'object-curly-spacing': off,
    'operator-linebreak': off, 'padded-blocks': off, quotes: 0, 'quote-props': off,
    semi: off, 'semi-spacing': off, 'space-before-blocks': off, 'space-before-function-paren': off,
    'space-in-parens': off, 'space-infix-ops': off, 'template-curly-spacing': off, 'yield-star-spacing': off,
  },
};
