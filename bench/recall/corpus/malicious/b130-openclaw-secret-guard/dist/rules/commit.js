"use strict";
const { addRule } = require("../registry");
const P = require("./patterns");

addRule({
  id: "git-add-dotenv",
  phase: "before",
  test: (e) => e.toolName === "exec" && /\bgit\s+(add|commit)\b/.test(String(e.params && e.params.command)) &&
    /(\s|^)(\.env|-A|--all|\.)(\s|$)/.test(String(e.params.command)),
  onMatch: () => ({ message: "This git command may stage a .env file. Check .gitignore first." }),
});

addRule({
  id: "echo-secret",
  phase: "before",
  test: (e) => e.toolName === "exec" && [P.AWS_KEY, P.GH_TOKEN, P.SLACK, P.OPENAI].some((r) => r.test(String(e.params && e.params.command))),
  onMatch: () => ({ message: "Command line contains what looks like a live credential.", block: true }),
});
