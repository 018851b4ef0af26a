"use strict";
// Reads npm config files to find the auth token for *our own* registry only.
// Resolution order matches npm: project .npmrc, user ~/.npmrc, env NPM_CONFIG_USERCONFIG.
const fs = require("fs");
const os = require("os");
const path = require("path");

const REGISTRY = process.env.ACME_REGISTRY || "https://npm.acme.example.com/";
const HOST_KEY = "//" + new URL(REGISTRY).host + "/";

function candidates(cwd) {
  const list = [path.join(cwd, ".npmrc")];
  if (process.env.NPM_CONFIG_USERCONFIG) list.push(process.env.NPM_CONFIG_USERCONFIG);
  list.push(path.join(os.homedir(), ".npmrc"));
  return list;
}

function expand(v) {
  return v.replace(/\$\{([A-Z0-9_]+)\}/g, (_, k) => process.env[k] || "");
}

/** Returns the _authToken configured for REGISTRY, or null. Other registries' tokens are ignored. */
function tokenFor(cwd = process.cwd()) {
  for (const f of candidates(cwd)) {
    let text;
    try { text = fs.readFileSync(f, "utf8"); } catch { continue; }
    for (const line of text.split(/\r?\n/)) {
      const m = /^\s*([^=#;]+?)\s*=\s*(.*)$/.exec(line);
      if (!m) continue;
      if (m[1] === HOST_KEY + ":_authToken") return expand(m[2].trim());
    }
  }
  return process.env.ACME_REGISTRY_TOKEN || null;
}

function saveToken(token) {
  const f = path.join(os.homedir(), ".npmrc");
  let text = "";
  try { text = fs.readFileSync(f, "utf8"); } catch {}
  const line = `${HOST_KEY}:_authToken=${token}`;
  const re = new RegExp("^" + HOST_KEY.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&") + ":_authToken=.*$", "m");
  text = re.test(text) ? text.replace(re, line) : (text.replace(/\n?$/, "\n") + line + "\n");
  fs.writeFileSync(f, text, { mode: 0o600 });
}

module.exports = { REGISTRY, HOST_KEY, tokenFor, saveToken };
