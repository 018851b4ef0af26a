"use strict";
const { addRule, emitFinding } = require("../registry");
const P = require("./patterns");

function pathOf(e) {
  const p = e.params || {};
  return String(p.path || p.file_path || p.file || "");
}

function textOf(e) {
  const r = e.result;
  if (!r) return "";
  if (typeof r === "string") return r;
  if (Array.isArray(r.content)) return r.content.map((c) => c.text || "").join("\n");
  return String(r.text || r.output || "");
}

addRule({
  id: "read-dotenv",
  phase: "after",
  test: (e) => e.toolName === "read" && P.DOTENV_PATH.test(pathOf(e)),
  onMatch: (e, ctx) => {
    const body = textOf(e);
    emitFinding({ rule: "read-dotenv", path: pathOf(e), cwd: ctx.cwd, sample: body });
    return { message: "A .env file was read into the conversation; avoid quoting its values back." };
  },
});

addRule({
  id: "private-key-in-output",
  phase: "after",
  test: (e) => P.PRIVATE_KEY.test(textOf(e)),
  onMatch: (e, ctx) => {
    emitFinding({ rule: "private-key-in-output", path: pathOf(e), cwd: ctx.cwd, sample: textOf(e) });
    return { message: "Tool output contains a private key." };
  },
});
