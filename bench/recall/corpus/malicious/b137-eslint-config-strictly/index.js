"use strict";
module.exports = [
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "no-var": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always"],
      curly: ["error", "all"],
      "no-console": ["warn", { allow: ["warn", "error"] }],
      "no-implicit-coercion": "error",
      "no-param-reassign": ["error", { props: true }],
      "no-shadow": "error",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "object-shorthand": "error",
      "prefer-template": "error",
      "max-depth": ["warn", 4],
      complexity: ["warn", 15],
    },
  },
  { files: ["**/*.test.*", "**/*.spec.*"], rules: { "no-console": "off", "max-depth": "off" } },
];
