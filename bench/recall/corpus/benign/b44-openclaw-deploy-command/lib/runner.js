'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

function expand(p) {
  if (!p) return p;
  return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

class Runner {
  constructor(stateDir) {
    this.dir = path.join(stateDir, 'deploy-command');
    fs.mkdirSync(path.join(this.dir, 'logs'), { recursive: true, mode: 0o700 });
  }

  lockPath(target) {
    return path.join(this.dir, `${target}.lock`);
  }

  acquire(target) {
    try {
      fs.writeFileSync(this.lockPath(target), String(process.pid), { flag: 'wx' });
      return true;
    } catch (_) {
      try {
        const pid = Number(fs.readFileSync(this.lockPath(target), 'utf8'));
        process.kill(pid, 0);
        return false;
      } catch (_) {
        fs.writeFileSync(this.lockPath(target), String(process.pid));
        return true;
      }
    }
  }

  release(target) {
    fs.rmSync(this.lockPath(target), { force: true });
  }

  run(target, spec) {
    return new Promise((resolve) => {
      const logFile = path.join(this.dir, 'logs', `${target}-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
      const log = fs.createWriteStream(logFile, { mode: 0o600 });
      const tail = [];
      const push = (chunk) => {
        log.write(chunk);
        for (const line of String(chunk).split('\n')) {
          if (!line) continue;
          tail.push(line);
          if (tail.length > 30) tail.shift();
        }
      };
      const [cmd, ...args] = spec.command;
      const started = Date.now();
      const child = spawn(expand(cmd), args, {
        cwd: expand(spec.cwd) || process.cwd(),
        env: Object.assign({}, process.env, spec.env || {}, { DEPLOY_TARGET: target }),
        shell: false,
        stdio: ['ignore', 'pipe', 'pipe']
      });
      const timer = setTimeout(() => child.kill('SIGTERM'), (spec.timeoutSeconds || 900) * 1000);
      child.stdout.on('data', push);
      child.stderr.on('data', push);
      child.on('error', (e) => push(`spawn error: ${e.message}\n`));
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        log.end();
        resolve({ code, signal, seconds: Math.round((Date.now() - started) / 1000), tail, logFile });
      });
    });
  }
}

module.exports = { Runner };
