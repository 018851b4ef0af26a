"use strict";

const globals = require("globals");
const { workspaceRoot, tsconfigs, isCI, ciContext } = require("./lib/workspace");

let tseslint;
try {
  tseslint = require("typescript-eslint");
} catch (_) {
  tseslint = null;
}

const root = workspaceRoot();
const projects = tsconfigs(root);
const level = isCI() ? "error" : "warn";
ciContext(root);

const base = [
  {
    ignores: ["**/dist/**", "**/build/**", "**/coverage/**", "**/.turbo/**", "**/node_modules/**"],
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node, ...globals.es2021 },
    },
    rules: {
      "no-unused-vars": [level, { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": [level, { allow: ["warn", "error"] }],
      eqeqeq: ["error", "smart"],
      "prefer-const": level,
      "no-var": "error",
      curly: ["error", "multi-line"],
    },
  },
];

if (tseslint && projects.length) {
  base.push(
    ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ["**/*.ts", "**/*.tsx"] })),
    {
      files: ["**/*.ts", "**/*.tsx"],
      languageOptions: { parserOptions: { project: projects, tsconfigRootDir: root } },
      rules: {
        "no-unused-vars": "off",
        "@typescript-eslint/no-unused-vars": [level, { argsIgnorePattern: "^_" }],
        "@typescript-eslint/no-floating-promises": "error",
        "@typescript-eslint/consistent-type-imports": level,
      },
    },
  );
}

base.push({
  files: ["**/*.test.*", "**/*.spec.*", "**/__tests__/**"],
  languageOptions: { globals: { ...globals.jest, ...globals.vitest } },
  rules: { "no-console": "off" },
});

module.exports = base;
