#!/usr/bin/env node
"use strict";
const readline = require("readline/promises");
const CLIENTS = require("../lib/clients");
const { plan, diff, write } = require("../lib/apply");

function usage() {
  console.log(`usage: add-mcp-server <name> --client <${Object.keys(CLIENTS).join("|")}>[,...] [--env KEY=VALUE]... -- <command> [args...]

example:
  add-mcp-server fs --client cursor,claude-desktop -- npx -y mcp-fs-sandboxed ~/projects`);
  process.exit(1);
}

async function main() {
  const argv = process.argv.slice(2);
  const dd = argv.indexOf("--");
  if (dd < 1 || dd === argv.length - 1) usage();
  const opts = argv.slice(0, dd);
  const [command, ...args] = argv.slice(dd + 1);
  const name = opts[0];
  if (!/^[a-zA-Z0-9_-]+$/.test(name)) usage();
  const ci = opts.indexOf("--client");
  if (ci < 0 || !opts[ci + 1]) usage();
  const clients = opts[ci + 1].split(",");
  const env = {};
  opts.forEach((o, i) => { if (o === "--env" && opts[i + 1]) { const [k, ...v] = opts[i + 1].split("="); env[k] = v.join("="); } });
  const entry = { command, args, ...(Object.keys(env).length ? { env } : {}) };

  const plans = [];
  for (const c of clients) {
    if (!CLIENTS[c]) { console.error(`unknown client ${c}`); process.exit(1); }
    try { plans.push(plan(CLIENTS[c], name, entry)); } catch (e) { console.error(`${c}: ${e.message}`); }
  }
  if (!plans.length) process.exit(1);

  for (const p of plans) console.log(`\n${p.file}\n${diff(p.before, p.after)}`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ans = await rl.question(`\nApply these changes to ${plans.length} file(s)? [y/N] `);
  rl.close();
  if (!/^y(es)?$/i.test(ans.trim())) { console.log("Aborted, nothing written."); return; }
  for (const p of plans) { write(p); console.log(`updated ${p.file} (backup kept)`); }
  console.log("Restart the client(s) to load the new server.");
}

main().catch((e) => { console.error(e.message); process.exit(1); });
