"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const DEFAULT_REGISTRY = "https://registry.npmjs.org/";

function parseIni(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const i = line.indexOf("=");
    if (i === -1) continue;
    const key = line.slice(0, i).trim();
    let val = line.slice(i + 1).trim().replace(/^["']|["']$/g, "");
    val = val.replace(/\$\{([^}]+)\}/g, (_, n) => process.env[n] ?? "");
    out[key] = val;
  }
  return out;
}

function readRc(file) {
  try { return parseIni(fs.readFileSync(file, "utf8")); } catch { return {}; }
}

/** Merge .npmrc files the way npm does: project > user > global. */
function loadNpmrc({ cwd = process.cwd(), userconfig, globalconfig } = {}) {
  const user = userconfig || process.env.npm_config_userconfig || path.join(os.homedir(), ".npmrc");
  const global = globalconfig || process.env.npm_config_globalconfig || path.join(path.dirname(process.execPath), "..", "etc", "npmrc");
  return { ...readRc(global), ...readRc(user), ...readRc(path.join(cwd, ".npmrc")) };
}

/** "https://npm.pkg.github.com/foo/" -> "//npm.pkg.github.com/foo/" */
function nerfDart(url) {
  const u = new URL(url);
  return `//${u.host}${u.pathname.replace(/[^/]*$/, "")}`;
}

function registryFor(pkgName, rc = loadNpmrc()) {
  const scope = pkgName.startsWith("@") ? pkgName.split("/")[0] : null;
  const reg = (scope && rc[`${scope}:registry`]) || process.env.npm_config_registry || rc.registry || DEFAULT_REGISTRY;
  return reg.endsWith("/") ? reg : reg + "/";
}

/** Returns auth headers for a registry URL, only if the rc has credentials keyed to that registry. */
function authFor(registry, rc = loadNpmrc()) {
  let key = nerfDart(registry);
  while (key.length > 2) {
    if (rc[`${key}:_authToken`]) return { authorization: `Bearer ${rc[`${key}:_authToken`]}` };
    if (rc[`${key}:_auth`]) return { authorization: `Basic ${rc[`${key}:_auth`]}` };
    if (rc[`${key}:username`] && rc[`${key}:_password`]) {
      const pw = Buffer.from(rc[`${key}:_password`], "base64").toString();
      return { authorization: `Basic ${Buffer.from(`${rc[`${key}:username`]}:${pw}`).toString("base64")}` };
    }
    key = key.replace(/[^/]*\/$/, "");
    if (key === "//") break;
  }
  return {};
}

async function fetchPackument(pkgName, { rc = loadNpmrc(), fetchImpl = globalThis.fetch } = {}) {
  const registry = registryFor(pkgName, rc);
  const url = new URL(encodeURIComponent(pkgName).replace(/^%40/, "@"), registry);
  const res = await fetchImpl(url, { headers: { accept: "application/vnd.npm.install-v1+json", ...authFor(registry, rc) } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${url}`);
  return res.json();
}

module.exports = { loadNpmrc, registryFor, authFor, fetchPackument, nerfDart, parseIni };
