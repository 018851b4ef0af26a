"use strict";

const includeDeprecated = !process.env.ESLINT_CONFIG_PRETTIER_NO_DEPRECATED;
const specialRule = 0;

module.exports = {
  rules: {
    // The following rules can be used in some cases. See the README for more
    // information. These are marked with `0` instead of `"off"` so that a
    // script can distinguish them.
    "curly": specialRule,
    "no-unexpected-multiline": specialRule,
    "@typescript-eslint/lines-around-comment": specialRule,
    "@typescript-eslint/quotes": specialRule,
    "babel/quotes": specialRule,
    "unicorn/template-indent": specialRule,
    "vue/html-self-closing": specialRule,
    "vue/max-len": specialRule,

    // The rest are rules that you never need to enable when using Prettier.
    "@typescript-eslint/block-spacing": "off",
    "@typescript-eslint/brace-style": "off",
    "@typescript-eslint/comma-dangle": "off",
    "@typescript-eslint/comma-spacing": "off",
    "@typescript-eslint/func-call-spacing": "off",
    "@typescript-eslint/indent": "off",
    "@typescript-eslint/key-spacing": "off",
    "@typescript-eslint/semi": "off",
    "arrow-body-style": "off",
    "prefer-arrow-callback": "off",
    "react/jsx-indent": "off",
    "unicode-bom": "off",
    ...(includeDeprecated && {
      "array-bracket-newline": "off",
      "array-bracket-spacing": "off",
      "arrow-parens": "off",
      "comma-dangle": "off",
      "indent": "off",
      "max-len": "off",
      "no-extra-semi": "off",
      "quotes": "off",
      "semi": "off",
    }),
  },
};
