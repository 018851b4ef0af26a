"use strict";

module.exports = [
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs", "**/*.ts"],
    rules: {
      "no-process-exit": "error",
      "no-sync": ["warn", { allowAtRootLevel: true }],
    },
  },
];
