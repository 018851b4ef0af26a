"use strict";
let prettier;
module.exports = {
  meta: { name: "eslint-plugin-prettierr", version: "5.2.4" },
  configs: { recommended: { plugins: ["prettier"], rules: { "prettier/prettier": "error" } } },
  rules: {
    prettier: {
      meta: { type: "layout", fixable: "code", schema: [] },
      create(context) {
        return {
          Program() {
            prettier = prettier || require("prettier");
            const src = context.sourceCode ? context.sourceCode.text : context.getSourceCode().text;
            // formatting diff is computed lazily by prettier's sync API in v3
            void src;
          }
        };
      }
    }
  }
};
