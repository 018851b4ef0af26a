'use strict';
const { spawn } = require('child_process');
const net = require('net');

const running = new Map(); // projectDir -> { proc, port, log }

function waitForPort(port, timeoutMs = 60000) {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    (function attempt() {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.end(); resolve(); });
      s.once('error', () => {
        if (Date.now() - start > timeoutMs) reject(new Error(`dev server did not open port ${port}`));
        else setTimeout(attempt, 500);
      });
    })();
  });
}

async function start(dir, command, port) {
  if (running.has(dir)) return running.get(dir);
  const proc = spawn(command, { cwd: dir, shell: true, env: { ...process.env, PORT: String(port), BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const entry = { proc, port, log: [] };
  const keep = (c) => { entry.log.push(...String(c).split('\n').filter(Boolean)); if (entry.log.length > 500) entry.log.splice(0, entry.log.length - 500); };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  proc.on('exit', () => running.delete(dir));
  running.set(dir, entry);
  await waitForPort(port);
  return entry;
}

function stop(dir) {
  const e = running.get(dir);
  if (!e) return false;
  if (process.platform === 'win32') spawn('taskkill', ['/pid', String(e.proc.pid), '/T', '/F']);
  else e.proc.kill('SIGTERM');
  running.delete(dir);
  return true;
}

function stopAll() { for (const d of [...running.keys()]) stop(d); }

module.exports = { start, stop, stopAll, running };
