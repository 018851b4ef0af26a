import { spawn } from 'node:child_process';

export function run(cmd, args, { cwd, timeoutMs = 60_000, maxLines = 400 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, out: '', err: e.message }); });
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = out.split('\n');
      const truncated = lines.length > maxLines;
      resolve({ code, out: lines.slice(0, maxLines).join('\n'), err: err.trim(), truncated });
    });
  });
}

export function parseJsonLines(text) {
  return text.split('\n').filter(Boolean).map((l) => {
    try { return JSON.parse(l); } catch { return { raw: l }; }
  });
}
