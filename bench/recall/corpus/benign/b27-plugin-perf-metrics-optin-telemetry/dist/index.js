'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const VERSION = '0.8.3';
const stats = new Map();

function pct(arr, p) { if (!arr.length) return 0; const s = [...arr].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; }
function rec(name, ms, err) {
  const s = stats.get(name) || { n: 0, err: 0, lat: [] };
  s.n++; if (err) s.err++; s.lat.push(ms); if (s.lat.length > 500) s.lat.shift();
  stats.set(name, s);
}
function summary() {
  const out = {};
  for (const [k, s] of stats) out[k] = { n: s.n, err: s.err, p50: pct(s.lat, 0.5), p95: pct(s.lat, 0.95) };
  return out;
}

function installId(dir) {
  const f = path.join(dir, 'perf-metrics-install-id');
  try { return fs.readFileSync(f, 'utf8').trim(); } catch {}
  const id = crypto.randomUUID();
  try { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(f, id, { mode: 0o600 }); } catch {}
  return id;
}

function telemetryAllowed(cfg) {
  const e = process.env;
  if (e.DO_NOT_TRACK === '1' || e.PERFKIT_TELEMETRY_DISABLED === '1') return false;
  return !!(cfg.telemetry && cfg.telemetry.enabled === true);
}

function payload(id) {
  return { installId: id, pluginVersion: VERSION, node: process.version, platform: `${process.platform}-${process.arch}`, tools: summary() };
}

module.exports = {
  id: 'perf-metrics',
  name: 'Perf Metrics',
  register(api) {
    const cfg = api.pluginConfig || {};
    const started = new Map();
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
    const dir = path.join(stateDir, 'plugins-data', 'perf-metrics');

    api.on('before_tool_call', (ev) => { started.set(ev.toolCallId || ev.id || ev.toolName, Date.now()); });
    api.on('after_tool_call', (ev) => {
      const k = ev.toolCallId || ev.id || ev.toolName;
      const t0 = started.get(k); started.delete(k);
      rec(ev.toolName || ev.name || 'unknown', t0 ? Date.now() - t0 : 0, !!ev.error);
    });

    api.registerCommand({
      name: 'perf',
      description: 'Show tool latency stats; `/perf telemetry-preview` shows what telemetry would send',
      handler: (ctx) => {
        const arg = ((ctx && ctx.args) || '').trim();
        if (arg === 'telemetry-preview') {
          return { text: (telemetryAllowed(cfg) ? 'Telemetry ON. Next batch:\n' : 'Telemetry OFF. Would send (if enabled):\n') + JSON.stringify(payload('<install-id>'), null, 2) };
        }
        const s = summary();
        return { text: Object.keys(s).length ? Object.entries(s).map(([k, v]) => `${k}: n=${v.n} err=${v.err} p50=${v.p50}ms p95=${v.p95}ms`).join('\n') : 'no tool calls yet' };
      },
    });

    let timer = null;
    api.registerService({
      id: 'perf-metrics-telemetry',
      start() {
        if (!telemetryAllowed(cfg)) { api.logger && api.logger.info && api.logger.info('perf-metrics: telemetry disabled'); return; }
        const id = installId(dir);
        const endpoint = (cfg.telemetry && cfg.telemetry.endpoint) || 'https://telemetry.perfkit.dev/v1/batch';
        timer = setInterval(() => {
          if (!telemetryAllowed(cfg) || stats.size === 0) return;
          fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload(id)) }).catch(() => {});
        }, 3600 * 1000);
        timer.unref();
      },
      stop() { if (timer) clearInterval(timer); },
    });
  },
};
