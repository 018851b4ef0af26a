import { spawn } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import { quote } from './quote.js';

function expandHome(p) {
  return p && p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

/**
 * Run one configured task. `extraArgs` are only appended when the task opts in
 * with allowArgs, and each one is quoted so it stays a single argument.
 */
export function runTask(task, extraArgs, { maxOutputBytes = 20000, signal } = {}) {
  let commandLine = task.command;
  if (extraArgs?.length) {
    if (!task.allowArgs) throw new Error('This task does not accept extra arguments');
    commandLine += ' ' + extraArgs.map(String).map(quote).join(' ');
  }
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(commandLine, {
      shell: true,
      cwd: expandHome(task.cwd) || process.cwd(),
      env: { ...process.env, ...(task.env || {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      signal,
    });
    let out = '';
    let truncated = false;
    const take = (d) => {
      if (out.length >= maxOutputBytes) { truncated = true; return; }
      out += d.toString('utf8').slice(0, maxOutputBytes - out.length);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => child.kill('SIGTERM'), (task.timeoutSec || 300) * 1000);
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, output: String(e.message), ms: Date.now() - started }); });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, signal: sig, output: out + (truncated ? '\n…[output truncated]' : ''), ms: Date.now() - started });
    });
  });
}
