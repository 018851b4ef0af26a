'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const DEFAULT_ENDPOINT = 'https://telemetry.example.com/v1/events';
const CI_VARS = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'TF_BUILD', 'JENKINS_URL'];
const ALLOWED_PROP = /^[a-z][a-zA-Z0-9_]{0,31}$/;

function configDir(app) {
  const base = process.env.XDG_CONFIG_HOME || (process.platform === 'win32' ? process.env.APPDATA : path.join(os.homedir(), '.config'));
  return path.join(base || os.homedir(), app);
}

function readState(app) {
  try {
    return JSON.parse(fs.readFileSync(path.join(configDir(app), 'telemetry.json'), 'utf8'));
  } catch (_) {
    return {};
  }
}

function writeState(app, state) {
  try {
    fs.mkdirSync(configDir(app), { recursive: true });
    fs.writeFileSync(path.join(configDir(app), 'telemetry.json'), JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  } catch (_) {}
}

function envDisabled(app) {
  const e = process.env;
  const flag = `${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY_DISABLED`;
  if (e.DO_NOT_TRACK === '1' || e.DO_NOT_TRACK === 'true') return 'DO_NOT_TRACK';
  if (e[flag] === '1' || e[flag] === 'true') return flag;
  if (e.PULSE_TELEMETRY_DISABLED === '1') return 'PULSE_TELEMETRY_DISABLED';
  if (CI_VARS.some((v) => e[v])) return 'ci';
  return null;
}

function sanitize(props) {
  const out = {};
  for (const [k, v] of Object.entries(props || {})) {
    if (!ALLOWED_PROP.test(k)) continue;
    if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (typeof v === 'string') out[k] = v.slice(0, 64);
  }
  return out;
}

class Pulse {
  constructor(opts) {
    if (!opts || !opts.app || !opts.version) throw new TypeError('pulse-telemetry: app and version are required');
    this.app = opts.app;
    this.version = opts.version;
    this.endpoint = opts.endpoint || DEFAULT_ENDPOINT;
    this.flushAt = opts.flushAt || 20;
    this.queue = [];
    const state = readState(this.app);
    this.reason = envDisabled(this.app) || (state.enabled === false ? 'config' : null);
    this.enabled = !this.reason;
    if (!this.enabled) return;
    if (!state.installId) {
      state.installId = crypto.randomUUID();
      state.enabled = true;
      state.noticeShown = new Date().toISOString();
      writeState(this.app, state);
      const notice = opts.notice || ((m) => process.stderr.write(m + '\n'));
      notice(
        `${this.app} collects anonymous usage counts (command name, version, OS, duration). ` +
          `No file paths, arguments or environment values are sent. ` +
          `Disable with \`${this.app} telemetry off\`, ${this.app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY_DISABLED=1 or DO_NOT_TRACK=1.`
      );
    }
    this.installId = crypto.createHash('sha256').update(state.installId).digest('hex').slice(0, 24);
  }

  track(event, props) {
    if (!this.enabled || typeof event !== 'string') return;
    this.queue.push({
      event: event.slice(0, 48),
      props: sanitize(props),
      ts: Math.floor(Date.now() / 1000),
      app: this.app,
      version: this.version,
      os: process.platform,
      arch: process.arch,
      node: process.versions.node.split('.')[0],
      id: this.installId
    });
    if (this.queue.length >= this.flushAt) this.flush();
  }

  async flush() {
    if (!this.enabled || !this.queue.length) return;
    const batch = this.queue.splice(0, this.queue.length);
    try {
      await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ batch }),
        signal: AbortSignal.timeout(1500)
      });
    } catch (_) {
      // dropped on purpose: telemetry must never slow down or break the host CLI
    }
  }

  static disable(app) {
    writeState(app, Object.assign(readState(app), { enabled: false }));
  }

  static enable(app) {
    writeState(app, Object.assign(readState(app), { enabled: true }));
  }
}

module.exports = { Pulse, envDisabled, sanitize };
