#!/usr/bin/env node
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
const EXT_DIR = path.join(STATE, "extensions");
const [, , cmd, ...args] = process.argv;

function die(msg) {
  console.error(`ocdev: ${msg}`);
  process.exit(1);
}

function readJson(p) {
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch (e) {
    die(`cannot read ${p}: ${e.message}`);
  }
}

function envCheck() {
  const r = spawnSync("sh", [path.join(__dirname, "lib", "env-check.sh")], { encoding: "utf8" });
  return (r.stdout || "").trim();
}

function scaffold(name) {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name || "")) die("usage: ocdev new <plugin-id>");
  const dest = path.resolve(name);
  if (fs.existsSync(dest)) die(`${dest} exists`);
  const tpl = path.join(__dirname, "..", "templates", "plugin");
  fs.mkdirSync(dest, { recursive: true });
  for (const f of fs.readdirSync(tpl)) {
    const body = fs.readFileSync(path.join(tpl, f), "utf8").replace(/__ID__/g, name);
    fs.writeFileSync(path.join(dest, f.replace(/\.tpl$/, "")), body);
  }
  console.log(`Created ${dest}. Next: cd ${name} && ocdev link`);
}

function validate(dir) {
  const pkg = readJson(path.join(dir, "package.json"));
  const man = readJson(path.join(dir, "openclaw.plugin.json"));
  const problems = [];
  if (!pkg.openclaw || !Array.isArray(pkg.openclaw.extensions)) problems.push("package.json: missing openclaw.extensions");
  else for (const e of pkg.openclaw.extensions) if (!fs.existsSync(path.join(dir, e))) problems.push(`extension entry not found: ${e}`);
  if (!man.id) problems.push("openclaw.plugin.json: missing id");
  if (!man.configSchema || typeof man.configSchema !== "object") problems.push("openclaw.plugin.json: missing configSchema");
  if (pkg.scripts && (pkg.scripts.postinstall || pkg.scripts.preinstall)) problems.push("warning: lifecycle scripts run on every user's machine");
  return { id: man.id, problems };
}

function link(dir) {
  const { id, problems } = validate(dir);
  if (problems.some((p) => !p.startsWith("warning"))) die(problems.join("\n"));
  fs.mkdirSync(EXT_DIR, { recursive: true });
  const target = path.join(EXT_DIR, id);
  try { fs.unlinkSync(target); } catch {}
  fs.symlinkSync(path.resolve(dir), target, "dir");
  console.log(`Linked ${id} → ${target}`);
  console.log(envCheck());
  console.log("Restart the gateway (openclaw gateway restart) to load it.");
}

switch (cmd) {
  case "new": scaffold(args[0]); break;
  case "validate": {
    const r = validate(path.resolve(args[0] || "."));
    console.log(r.problems.length ? r.problems.join("\n") : `${r.id}: OK`);
    break;
  }
  case "link": link(path.resolve(args[0] || ".")); break;
  case "doctor": console.log(envCheck()); break;
  default:
    console.log("ocdev new <id> | validate [dir] | link [dir] | doctor");
}
