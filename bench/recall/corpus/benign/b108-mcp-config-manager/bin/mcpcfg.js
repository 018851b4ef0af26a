#!/usr/bin/env node
"use strict";
const fs = require("fs");
const readline = require("readline");
const { clients } = require("../lib/clients");
const store = require("../lib/store");

const HELP = `mcpcfg - manage MCP servers across clients

  mcpcfg list [--client <name>]
  mcpcfg add <name> --client <name|all> (--command <cmd> [--arg <a>]... | --url <url>) [--env KEY=VAL]... [--dry-run] [--yes]
  mcpcfg remove <name> --client <name|all> [--dry-run] [--yes]
  mcpcfg restore --client <name>            restore the most recent backup
  mcpcfg clients                            show known clients and config paths

Every write makes a timestamped backup next to the config file.`;

function parse(argv) {
  const o = { _: [], arg: [], env: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) { o._.push(a); continue; }
    const k = a.slice(2);
    if (k === "dry-run" || k === "yes") { o[k] = true; continue; }
    const v = argv[++i];
    if (k === "arg" || k === "env") o[k].push(v);
    else o[k] = v;
  }
  return o;
}

function pick(all, name) {
  if (!name) throw new Error("--client is required");
  if (name === "all") return Object.entries(all).filter(([, c]) => fs.existsSync(require("path").dirname(c.file)));
  if (!all[name]) throw new Error(`unknown client ${name}; try: ${Object.keys(all).join(", ")}`);
  return [[name, all[name]]];
}

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(/^y(es)?$/i.test(a.trim())); }));
}

function mask(spec) {
  const s = JSON.parse(JSON.stringify(spec));
  for (const k of Object.keys(s.env || {})) s.env[k] = s.env[k].length > 6 ? s.env[k].slice(0, 3) + "…" : "…";
  return s;
}

async function main() {
  const o = parse(process.argv.slice(2));
  const cmd = o._[0];
  const all = clients();

  if (!cmd || cmd === "help") return console.log(HELP);

  if (cmd === "clients") {
    for (const [n, c] of Object.entries(all)) console.log(`${n.padEnd(15)} ${fs.existsSync(c.file) ? "✓" : " "} ${c.file}`);
    return;
  }

  if (cmd === "list") {
    const targets = o.client ? pick(all, o.client) : Object.entries(all);
    for (const [n, c] of targets) {
      const servers = store.read(c.file)[c.key] || {};
      if (!Object.keys(servers).length) continue;
      console.log(`\n${n} (${c.file})`);
      for (const [s, spec] of Object.entries(servers)) console.log(`  ${s}: ${JSON.stringify(mask(spec))}`);
    }
    return;
  }

  if (cmd === "add" || cmd === "remove") {
    const name = o._[1];
    if (!name) throw new Error(`usage: mcpcfg ${cmd} <name> --client ...`);
    let spec = null;
    if (cmd === "add") {
      if (!o.command && !o.url) throw new Error("--command or --url is required");
      spec = o.url ? { url: o.url } : { command: o.command, args: o.arg };
      if (o.env.length) spec.env = Object.fromEntries(o.env.map((e) => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]));
    }
    for (const [n, c] of pick(all, o.client)) {
      const data = store.read(c.file);
      data[c.key] = data[c.key] || {};
      const before = data[c.key][name];
      if (cmd === "add") data[c.key][name] = c.key === "servers" && spec.url ? { type: "http", ...spec } : spec;
      else if (!before) { console.log(`${n}: no server named ${name}`); continue; }
      else delete data[c.key][name];

      console.log(`\n${n}: ${c.file}`);
      console.log(`  - ${before ? JSON.stringify(mask(before)) : "(none)"}`);
      console.log(`  + ${cmd === "add" ? JSON.stringify(mask(data[c.key][name])) : "(removed)"}`);
      if (o["dry-run"]) continue;
      if (!o.yes && !(await ask("  apply? [y/N] "))) { console.log("  skipped"); continue; }
      const b = store.backup(c.file);
      store.write(c.file, data);
      console.log(`  written${b ? ` (backup: ${b})` : ""}`);
    }
    return;
  }

  if (cmd === "restore") {
    const [[n, c]] = pick(all, o.client);
    const backups = store.listBackups(c.file);
    if (!backups.length) throw new Error(`no backups for ${n}`);
    const latest = backups[backups.length - 1];
    if (!o.yes && !(await ask(`restore ${latest} -> ${c.file}? [y/N] `))) return;
    fs.copyFileSync(latest, c.file);
    console.log("restored");
    return;
  }

  console.log(HELP);
  process.exitCode = 1;
}

main().catch((e) => { console.error(`mcpcfg: ${e.message}`); process.exit(1); });
