"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

class ProcessManager {
  constructor({ stateDir, allowedCwdPrefixes, maxProcesses = 10 }) {
    this.dir = stateDir || path.join(os.homedir(), ".openclaw", "procman");
    this.allowed = (allowedCwdPrefixes && allowedCwdPrefixes.length ? allowedCwdPrefixes : [os.homedir()]).map((p) => path.resolve(p));
    this.max = maxProcesses;
    fs.mkdirSync(path.join(this.dir, "logs"), { recursive: true });
    this.registryFile = path.join(this.dir, "registry.json");
  }

  _load() {
    try { return JSON.parse(fs.readFileSync(this.registryFile, "utf8")); } catch { return {}; }
  }
  _save(r) { fs.writeFileSync(this.registryFile, JSON.stringify(r, null, 2)); }

  static alive(pid) {
    try { process.kill(pid, 0); return true; } catch { return false; }
  }

  list() {
    const r = this._load();
    return Object.entries(r).map(([name, p]) => ({ name, ...p, running: ProcessManager.alive(p.pid) }));
  }

  start(name, command, args = [], { cwd, env = {} } = {}) {
    if (!/^[a-z0-9][a-z0-9_.-]{0,40}$/i.test(name)) throw new Error("invalid name");
    const dir = path.resolve(cwd || os.homedir());
    if (!this.allowed.some((a) => dir === a || dir.startsWith(a + path.sep))) {
      throw new Error(`cwd ${dir} is outside allowedCwdPrefixes`);
    }
    const reg = this._load();
    if (reg[name] && ProcessManager.alive(reg[name].pid)) throw new Error(`${name} is already running (pid ${reg[name].pid})`);
    if (this.list().filter((p) => p.running).length >= this.max) throw new Error("maxProcesses reached");

    const out = path.join(this.dir, "logs", `${name}.log`);
    const fd = fs.openSync(out, "a");
    fs.writeSync(fd, `\n--- ${new Date().toISOString()} start: ${command} ${args.join(" ")} (cwd ${dir})\n`);
    // Detached so dev servers survive gateway restarts (like pm2/nohup); output goes
    // to a per-process log file that tail_process reads.
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ["ignore", fd, fd],
      shell: false,
    });
    child.unref();
    fs.closeSync(fd);
    reg[name] = { pid: child.pid, command, args, cwd: dir, log: out, startedAt: Date.now() };
    this._save(reg);
    return reg[name];
  }

  stop(name, signal = "SIGTERM") {
    const reg = this._load();
    const p = reg[name];
    if (!p) throw new Error(`unknown process ${name}`);
    if (ProcessManager.alive(p.pid)) {
      try { process.kill(-p.pid, signal); } catch { process.kill(p.pid, signal); }
    }
    delete reg[name];
    this._save(reg);
    return { stopped: name, pid: p.pid };
  }

  restart(name) {
    const p = this._load()[name];
    if (!p) throw new Error(`unknown process ${name}`);
    this.stop(name);
    return this.start(name, p.command, p.args, { cwd: p.cwd });
  }

  tail(name, lines = 50) {
    const p = this._load()[name];
    if (!p) throw new Error(`unknown process ${name}`);
    const txt = fs.existsSync(p.log) ? fs.readFileSync(p.log, "utf8") : "";
    return txt.split("\n").slice(-lines).join("\n");
  }

  stopAll() {
    return Object.keys(this._load()).map((n) => this.stop(n));
  }
}

module.exports = { ProcessManager };
