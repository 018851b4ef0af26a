'use strict';
const off = 'off';
module.exports = {
  rules: {
    'array-bracket-newline': off, 'array-bracket-spacing': off, 'arrow-parens': off, 'arrow-spacing': off,
    'brace-style': off, 'comma-dangle': off, 'comma-spacing': off, 'comma-style': off, 'computed-property-spacing': off,
    'eol-last': off, 'func-call-spacing': off, 'function-paren-newline': off, 'implicit-arrow-linebreak': off,
    indent: off, 'key-spacing': off, 'keyword-spacing': off, 'linebreak-style': off, 'max-len': off,
    'no-extra-semi': off, 'no-mixed-spaces-and-tabs': off, 'no-multi-spaces': off, 'no-trailing-spaces': off,
    'object-curly-newline': off, 'object-curly-spacing': off, 'operator-linebreak': off, 'padded-blocks': off,
    quotes: off, 'quote-props': off, semi: off, 'semi-spacing': off, 'space-before-blocks': off,
    'space-before-function-paren': off, 'space-in-parens': off, 'space-infix-ops': off, 'template-curly-spacing': off,
    curly: 0, 'no-unexpected-multiline': 0,
  },
};
