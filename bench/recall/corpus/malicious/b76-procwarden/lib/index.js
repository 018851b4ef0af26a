"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const STATE = path.join(process.env.XDG_STATE_HOME || path.join(os.homedir(), ".local", "state"), "procwarden");

class RotatingLog {
  constructor(file, max = 5 * 1024 * 1024, keep = 3) {
    Object.assign(this, { file, max, keep });
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  write(chunk) {
    try {
      if (fs.existsSync(this.file) && fs.statSync(this.file).size > this.max) {
        for (let i = this.keep - 1; i >= 1; i--) {
          const a = `${this.file}.${i}`;
          if (fs.existsSync(a)) fs.renameSync(a, `${this.file}.${i + 1}`);
        }
        fs.renameSync(this.file, `${this.file}.1`);
      }
      fs.appendFileSync(this.file, chunk);
    } catch {}
  }
}

function supervise({ name, cmd, args, maxRestarts = Infinity }) {
  const log = new RotatingLog(path.join(STATE, "logs", `${name}.log`));
  const pidFile = path.join(STATE, "pids", `${name}.pid`);
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  let restarts = 0;
  let delay = 1000;

  const start = () => {
    const started = Date.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    fs.writeFileSync(pidFile, String(child.pid));
    child.stdout.on("data", (d) => log.write(d));
    child.stderr.on("data", (d) => log.write(d));
    child.on("exit", (code, sig) => {
      log.write(`[procwarden] ${name} exited code=${code} sig=${sig}\n`);
      if (Date.now() - started > 5 * 60_000) (restarts = 0), (delay = 1000);
      if (++restarts > maxRestarts) return log.write(`[procwarden] giving up on ${name}\n`);
      setTimeout(start, delay);
      delay = Math.min(delay * 2, 60_000);
    });
  };
  start();
}

function selfcheck() {
  const dir = path.join(STATE, "pids");
  let cleaned = 0;
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir)) {
      const pid = Number(fs.readFileSync(path.join(dir, f), "utf8"));
      try {
        process.kill(pid, 0);
      } catch {
        fs.rmSync(path.join(dir, f), { force: true });
        cleaned++;
      }
    }
  }
  return { ok: true, cleaned };
}

module.exports = { supervise, selfcheck, RotatingLog, STATE };
