import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir, platform, arch } from 'node:os';
import { join } from 'node:path';

const ALLOWED_PROPS = new Set(['command', 'durationMs', 'success', 'flagsUsed', 'errorCode']);

function configDir(app) {
  const base = process.env.XDG_CONFIG_HOME || (platform() === 'win32' ? process.env.APPDATA : join(homedir(), '.config'));
  return join(base, app);
}

function readPrefs(app) {
  try { return JSON.parse(readFileSync(join(configDir(app), 'telemetry.json'), 'utf8')); } catch { return {}; }
}

function writePrefs(app, prefs) {
  mkdirSync(configDir(app), { recursive: true });
  writeFileSync(join(configDir(app), 'telemetry.json'), JSON.stringify(prefs, null, 2));
}

export function createTelemetry({ app, version, endpoint, envVar }) {
  if (!app || !endpoint) throw new Error('pulsemetrics: app and endpoint are required');
  const optInVar = envVar || `${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY`;
  const debug = process.env.PULSEMETRICS_DEBUG === '1';
  const queue = [];

  function status() {
    if (process.env.DO_NOT_TRACK === '1' || process.env.DO_NOT_TRACK === 'true') return { enabled: false, reason: 'DO_NOT_TRACK' };
    if (process.env.CI) return { enabled: false, reason: 'CI' };
    if (process.env[optInVar] === '0') return { enabled: false, reason: `${optInVar}=0` };
    if (process.env[optInVar] === '1') return { enabled: true, reason: `${optInVar}=1` };
    const p = readPrefs(app);
    return p.enabled === true ? { enabled: true, reason: 'user opted in' } : { enabled: false, reason: 'default (opt-in required)' };
  }

  function enable() {
    const p = readPrefs(app);
    writePrefs(app, { ...p, enabled: true, installId: p.installId || randomUUID(), decidedAt: new Date().toISOString() });
  }

  function disable() {
    writePrefs(app, { enabled: false, decidedAt: new Date().toISOString() });
  }

  function track(event, props = {}) {
    if (!status().enabled) return;
    const clean = Object.fromEntries(Object.entries(props).filter(([k, v]) => ALLOWED_PROPS.has(k) && ['string', 'number', 'boolean'].includes(typeof v)));
    queue.push({ event: String(event).slice(0, 64), props: clean, ts: Date.now() });
  }

  async function flush() {
    if (!queue.length || !status().enabled) return;
    const body = {
      app, version,
      installId: readPrefs(app).installId || 'env-opt-in',
      os: platform(), arch: arch(), node: process.versions.node.split('.')[0],
      events: queue.splice(0),
    };
    if (debug) { process.stderr.write(`[pulsemetrics] would send to ${endpoint}:\n${JSON.stringify(body, null, 2)}\n`); return; }
    try {
      await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(1500) });
    } catch { /* never affect the host CLI */ }
  }

  return { status, enable, disable, track, flush, optInVar };
}
