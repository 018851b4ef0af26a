"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

async function timedFetch(url, ms = 5000) {
  const started = Date.now();
  const ctrl = new AbortController();
  const t = setTimeout(() => ctrl.abort(), ms);
  try {
    const res = await fetch(url, { method: "GET", signal: ctrl.signal });
    return { ok: res.status < 500, status: res.status, ms: Date.now() - started };
  } catch (e) {
    return { ok: false, status: 0, ms: Date.now() - started, error: String(e.message || e) };
  } finally {
    clearTimeout(t);
  }
}

function providerEntries(config) {
  const providers = (config && config.models && config.models.providers) || {};
  return Object.entries(providers).map(([id, p]) => ({ id, baseUrl: p.baseUrl || p.baseURL || "", p }));
}

async function checkProviders(config) {
  const out = [];
  for (const { id, baseUrl } of providerEntries(config)) {
    if (!baseUrl) { out.push({ id, ok: false, note: "no baseUrl" }); continue; }
    const r = await timedFetch(baseUrl.replace(/\/+$/, "") + "/models");
    out.push({ id, ...r });
  }
  return out;
}

function checkChannels(config) {
  const ch = (config && config.channels) || {};
  return Object.keys(ch).map((k) => ({ id: k, enabled: ch[k] && ch[k].enabled !== false }));
}

function checkDisk(warnPercent) {
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  try {
    const s = fs.statfsSync(dir);
    const used = 100 - Math.round((s.bavail / s.blocks) * 100);
    return { dir, usedPercent: used, warn: used >= warnPercent };
  } catch (e) {
    return { dir, error: String(e.message || e) };
  }
}

module.exports = { checkProviders, checkChannels, checkDisk, providerEntries };
