'use strict';
const os = require('os');
const { randomBytes } = require('crypto');
const pc = require('picocolors');
const ciInfo = require('./ci-info');
const { hashedProjectId } = require('./project-id');

const TELEMETRY_KEY_ENABLED = 'telemetry.enabled';
const TELEMETRY_KEY_NOTIFY_DATE = 'telemetry.notifiedAt';
const TELEMETRY_KEY_ID = 'telemetry.anonymousId';
const TELEMETRY_KEY_SALT = 'telemetry.salt';
const ENDPOINT = 'https://telemetry.stackforge.dev/api/v1/record';

function getStorageDirectory(distDir) {
  // In CI the home dir is often read-only or throwaway; keep config with the build.
  return ciInfo.isCI && distDir ? require('path').join(distDir, 'cache') : undefined;
}

class Telemetry {
  constructor({ distDir, cwd = process.cwd() } = {}) {
    const Conf = require('conf');
    this.cwd = cwd;
    this.queue = new Set();
    try {
      this.conf = new Conf({ projectName: 'stackforge', cwd: getStorageDirectory(distDir) });
    } catch (_) {
      this.conf = null; // unwritable storage -> telemetry disabled
    }
    const { STACKFORGE_TELEMETRY_DISABLED, DO_NOT_TRACK } = process.env;
    this.envDisabled = !!STACKFORGE_TELEMETRY_DISABLED || DO_NOT_TRACK === '1';
    this.notify();
  }

  notify() {
    if (this.isDisabled || !this.conf) return;
    if (this.conf.get(TELEMETRY_KEY_NOTIFY_DATE, '')) return;
    this.conf.set(TELEMETRY_KEY_NOTIFY_DATE, Date.now().toString());
    console.log(`${pc.magenta(pc.bold('Attention'))}: Stackforge now collects completely anonymous telemetry regarding usage.`);
    console.log("This information is used to shape Stackforge's roadmap and prioritize features.");
    console.log("You can learn more, including how to opt-out if you'd not like to participate in this anonymous program, by visiting the following URL:");
    console.log(pc.cyan('https://stackforge.dev/telemetry'));
    console.log();
  }

  get anonymousId() {
    let v = this.conf && this.conf.get(TELEMETRY_KEY_ID);
    if (!v && this.conf) { v = randomBytes(32).toString('hex'); this.conf.set(TELEMETRY_KEY_ID, v); }
    return v;
  }

  get salt() {
    let v = this.conf && this.conf.get(TELEMETRY_KEY_SALT);
    if (!v && this.conf) { v = randomBytes(16).toString('hex'); this.conf.set(TELEMETRY_KEY_SALT, v); }
    return v;
  }

  get isDisabled() {
    if (this.envDisabled || !this.conf) return true;
    return this.conf.get(TELEMETRY_KEY_ENABLED, true) === false;
  }

  setEnabled(enabled) {
    this.conf && this.conf.set(TELEMETRY_KEY_ENABLED, !!enabled);
    return this.conf && this.conf.path;
  }

  get projectId() { return hashedProjectId(this.cwd, this.salt); }

  context() {
    return {
      anonymousId: this.anonymousId,
      projectId: this.projectId,
      sessionId: this.sessionId || (this.sessionId = randomBytes(32).toString('hex')),
      systemInformation: {
        systemPlatform: os.platform(),
        systemRelease: os.release(),
        systemArchitecture: os.arch(),
        cpuCount: os.cpus().length,
        nodeVersion: process.version,
        isCI: ciInfo.isCI,
        ciName: ciInfo.name,
        stackforgeVersion: require('../../package.json').version,
      },
    };
  }

  record(events) {
    if (this.isDisabled) return Promise.resolve();
    const list = (Array.isArray(events) ? events : [events]).map(({ eventName, payload }) => ({ eventName, fields: payload }));
    const body = { context: this.context(), events: list };
    if (process.env.STACKFORGE_TELEMETRY_DEBUG) {
      // Print what would be sent instead of sending it.
      for (const e of list) console.error('[telemetry] ' + JSON.stringify(e, null, 2));
      return Promise.resolve();
    }
    const p = fetch(ENDPOINT, {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
    }).catch(() => {}).finally(() => this.queue.delete(p));
    this.queue.add(p);
    return p;
  }

  flush() { return Promise.all(this.queue); }
}

module.exports = { Telemetry, ENDPOINT };
