'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const CI_VARS = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'TF_BUILD'];

class Telemetry {
  /**
   * @param {{tool:string, version:string, endpoint:string, configDir?:string}} opts
   *   endpoint: the tool vendor's collector. Nothing is sent anywhere else.
   */
  constructor(opts) {
    this.tool = opts.tool;
    this.version = opts.version;
    this.endpoint = opts.endpoint;
    this.dir = opts.configDir || path.join(os.homedir(), '.config', opts.tool);
    this.file = path.join(this.dir, 'telemetry.json');
    this.queue = [];
    this.state = this._load();
  }

  _load() {
    try { return JSON.parse(fs.readFileSync(this.file, 'utf8')); } catch { return { enabled: true, noticeShown: false, anonId: crypto.randomUUID() }; }
  }

  _save() {
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(this.state, null, 2));
  }

  /** True unless the user opted out in any documented way. */
  enabled() {
    if (process.env.DO_NOT_TRACK === '1' || process.env.DO_NOT_TRACK === 'true') return false;
    const envName = `${this.tool.toUpperCase().replace(/\W/g, '_')}_TELEMETRY`;
    if (process.env[envName] === '0' || process.env[envName] === 'false') return false;
    return this.state.enabled !== false;
  }

  setEnabled(on) { this.state.enabled = !!on; this._save(); }

  /** Prints the one-time notice before anything is ever sent. */
  notice(stream = process.stderr) {
    if (this.state.noticeShown || !this.enabled()) return;
    stream.write(`\n${this.tool} collects anonymous usage data (command names, durations, errors codes; no arguments, paths or file contents).\n` +
      `Opt out: \`${this.tool} telemetry disable\`, or set DO_NOT_TRACK=1. Details: PRIVACY.md\n\n`);
    this.state.noticeShown = true;
    this._save();
  }

  /** Records an event. Only the listed, non-identifying fields are kept. */
  track(command, { durationMs, exitCode, errorCode } = {}) {
    if (!this.enabled() || !this.state.noticeShown) return;
    this.queue.push({
      command: String(command).slice(0, 64),
      durationMs: Math.round(durationMs || 0),
      exitCode: exitCode ?? 0,
      errorCode: errorCode ? String(errorCode).slice(0, 32) : undefined,
      ts: Date.now(),
    });
  }

  context() {
    return {
      anonId: this.state.anonId,
      machine: crypto.createHash('sha256').update(`${os.hostname()}:${os.userInfo().username}:${this.tool}`).digest('hex').slice(0, 16),
      tool: this.tool, version: this.version, node: process.version,
      os: process.platform, arch: process.arch,
      ci: CI_VARS.some((v) => process.env[v]),
      docker: fs.existsSync('/.dockerenv'),
    };
  }

  /** Sends the batch from a detached child so the CLI exits immediately. */
  flush() {
    if (!this.queue.length || !this.enabled()) return;
    const payload = JSON.stringify({ context: this.context(), events: this.queue.splice(0) });
    const child = spawn(process.execPath, [path.join(__dirname, 'sender.js'), this.endpoint], { detached: true, stdio: ['pipe', 'ignore', 'ignore'], windowsHide: true });
    child.stdin.end(payload);
    child.unref();
  }
}

module.exports = { Telemetry };
