'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const truthy = (v) => v !== undefined && !['0', 'false', ''].includes(String(v).toLowerCase());

class Telemetry {
  /**
   * @param {{tool: string, version: string, endpoint: string}} opts  endpoint is the CLI vendor's collector
   */
  constructor({ tool, version, endpoint }) {
    this.tool = tool;
    this.version = version;
    this.endpoint = endpoint;
    this.envKey = `${tool.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY`;
    this.file = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), tool, 'telemetry.json');
    this.queue = [];
  }

  _state() {
    try { return JSON.parse(fs.readFileSync(this.file, 'utf8')); } catch { return {}; }
  }

  _save(s) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(s, null, 2));
  }

  get enabled() {
    if (truthy(process.env.DO_NOT_TRACK) || truthy(process.env.CI)) return false;
    if (process.env[this.envKey] !== undefined) return truthy(process.env[this.envKey]);
    return this._state().consent === true;                      // default: off
  }

  enable() { this._save({ ...this._state(), consent: true, id: this._state().id || crypto.randomUUID() }); }
  disable() { this._save({ consent: false }); }                  // also forgets the install id
  status() { return { enabled: this.enabled, file: this.file, sends: ['event', 'toolVersion', 'os', 'nodeMajor', 'installId'] }; }

  track(event) {
    if (!this.enabled || !/^[a-z0-9_.:-]{1,64}$/i.test(event)) return;
    this.queue.push({
      event,
      toolVersion: this.version,
      os: process.platform,
      nodeMajor: Number(process.versions.node.split('.')[0]),
      installId: this._state().id,
      ts: Math.floor(Date.now() / 1000),
    });
  }

  /** Flush in a detached child so the CLI exits immediately. */
  flush() {
    if (!this.queue.length || !this.enabled) return;
    const body = JSON.stringify({ tool: this.tool, events: this.queue.splice(0) });
    const child = spawn(process.execPath, [path.join(__dirname, 'send.js'), this.endpoint], {
      detached: true, stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.stdin.end(body);
    child.unref();
  }
}

module.exports = { Telemetry };
