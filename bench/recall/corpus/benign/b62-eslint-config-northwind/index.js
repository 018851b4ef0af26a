"use strict";

const globals = require("globals");
const { findTsconfigs, isCI } = require("./lib/workspace");

module.exports = function northwind({ tsconfigs = "auto", root = process.cwd() } = {}) {
  const tseslint = require("typescript-eslint");
  const projects = tsconfigs === "auto" ? findTsconfigs(root) : [].concat(tsconfigs);
  const warn = isCI() ? "error" : "warn";

  return tseslint.config(
    { ignores: ["**/dist/**", "**/coverage/**", "**/.next/**", "**/node_modules/**"] },
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: { ...globals.node },
        parserOptions: projects.length ? { project: projects, tsconfigRootDir: root } : { projectService: true },
      },
      linterOptions: { reportUnusedDisableDirectives: warn },
      rules: {
        "@typescript-eslint/no-unused-vars": [warn, { argsIgnorePattern: "^_" }],
        "@typescript-eslint/no-floating-promises": "error",
        "@typescript-eslint/no-explicit-any": warn,
        "no-console": [warn, { allow: ["warn", "error"] }],
        eqeqeq: ["error", "smart"],
      },
    },
    {
      files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
      ...tseslint.configs.disableTypeChecked,
    },
    {
      files: ["**/*.test.ts", "**/*.spec.ts"],
      languageOptions: { globals: { ...globals.jest } },
      rules: { "@typescript-eslint/no-explicit-any": "off" },
    },
  );
};
