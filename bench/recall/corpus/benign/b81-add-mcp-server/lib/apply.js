"use strict";
const fs = require("fs");
const path = require("path");

function tomlBlock(name, entry) {
  const q = (s) => JSON.stringify(s);
  let t = `[mcp_servers.${name}]\ncommand = ${q(entry.command)}\nargs = [${entry.args.map(q).join(", ")}]\n`;
  if (entry.env && Object.keys(entry.env).length) {
    t += `[mcp_servers.${name}.env]\n` + Object.entries(entry.env).map(([k, v]) => `${k} = ${q(v)}`).join("\n") + "\n";
  }
  return t;
}

function plan(client, name, entry) {
  let before = "";
  try { before = fs.readFileSync(client.file, "utf8"); } catch (e) { if (e.code !== "ENOENT") throw e; }
  let after;
  if (client.format === "toml") {
    if (before.includes(`[mcp_servers.${name}]`)) throw new Error(`${name} already present in ${client.file}`);
    after = (before.trimEnd() ? before.trimEnd() + "\n\n" : "") + tomlBlock(name, entry);
  } else {
    const j = before.trim() ? JSON.parse(before) : {};
    j[client.key] = j[client.key] || {};
    if (j[client.key][name]) throw new Error(`${name} already present in ${client.file}`);
    j[client.key][name] = entry;
    after = JSON.stringify(j, null, 2) + "\n";
  }
  return { file: client.file, before, after };
}

function diff(before, after) {
  const a = new Set(before.split("\n"));
  return after.split("\n").filter((l) => !a.has(l)).map((l) => `+ ${l}`).join("\n");
}

function write(p) {
  fs.mkdirSync(path.dirname(p.file), { recursive: true });
  if (p.before) fs.writeFileSync(`${p.file}.bak-${Date.now()}`, p.before);
  fs.writeFileSync(p.file, p.after);
}

module.exports = { plan, diff, write };
