"use strict";
const fs = require("node:fs");
const path = require("node:path");

const LINE = /^- \[( |x)\] (?:\((P[1-3])\) )?(.+?)(?: <!--id:(\w+)-->)?$/;

function load(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => LINE.exec(l))
    .filter(Boolean)
    .map((m) => ({ done: m[1] === "x", prio: m[2] || "P2", title: m[3], id: m[4] || "" }));
}

function save(file, tasks) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = tasks.map((t) => `- [${t.done ? "x" : " "}] (${t.prio}) ${t.title} <!--id:${t.id}-->`).join("\n");
  fs.writeFileSync(file, `# Tasks\n\n${body}\n`);
}

function newId() {
  return Math.random().toString(36).slice(2, 8);
}

module.exports = { load, save, newId };
