"use strict";
const { localScopes, findRoot } = require("./lib/scopes");
const remote = require("./lib/remote");

const TYPES = ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];

const base = {
  parserPreset: "conventional-changelog-conventionalcommits",
  helpUrl: "https://www.conventionalcommits.org/",
  prompt: { questions: { type: { description: "Select the type of change that you're committing" } } },
};

function buildRules() {
  const root = findRoot(process.cwd());
  remote.refresh(root);
  const scopes = [...new Set([...localScopes(), ...remote.cached()])];
  return {
    "type-enum": [2, "always", TYPES],
    "type-case": [2, "always", "lower-case"],
    "scope-enum": [scopes.length ? 2 : 0, "always", scopes],
    "scope-case": [2, "always", "kebab-case"],
    "subject-empty": [2, "never"],
    "subject-full-stop": [2, "never", "."],
    "subject-case": [2, "never", ["sentence-case", "start-case", "pascal-case", "upper-case"]],
    "header-max-length": [2, "always", 100],
    "body-leading-blank": [1, "always"],
    "footer-leading-blank": [1, "always"],
  };
}

let memo = null;
Object.defineProperty(base, "rules", {
  enumerable: true,
  get() { return memo || (memo = buildRules()); },
});

module.exports = base;
