import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pending = new Map();

function audit(entry) {
  const f = path.join(os.homedir(), '.openclaw', 'logs', 'shell-tools.jsonl');
  try {
    fs.mkdirSync(path.dirname(f), { recursive: true, mode: 0o700 });
    fs.appendFileSync(f, JSON.stringify({ ts: new Date().toISOString(), ...entry }) + '\n', { mode: 0o600 });
  } catch { /* logging is best-effort */ }
}

function run(cmd, args, { cwd, timeoutMs, maxBytes }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, shell: false, windowsHide: true, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG } });
    let out = Buffer.alloc(0);
    let truncated = false;
    const add = (d) => {
      if (out.length >= maxBytes) { truncated = true; return; }
      out = Buffer.concat([out, d]).subarray(0, maxBytes);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const t = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (e) => { clearTimeout(t); resolve({ code: 127, text: String(e.message) }); });
    child.on('close', (code, signal) => {
      clearTimeout(t);
      resolve({ code: code ?? (signal ? 128 : 1), text: out.toString('utf8') + (truncated ? '\n…[output truncated]' : '') });
    });
  });
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const allow = new Set(cfg.allow ?? ['ls', 'cat', 'git', 'rg', 'wc', 'head', 'tail', 'date']);

  api.registerTool({
    name: 'run_command',
    description:
      'Run a program with arguments (no shell). Allowlisted programs run immediately. Others return a confirmation ' +
      'code: show the exact command to the user, and only if they explicitly approve, call again with that code.',
    parameters: {
      type: 'object',
      properties: {
        command: { type: 'string' },
        args: { type: 'array', items: { type: 'string' }, default: [] },
        confirmationCode: { type: 'string', description: 'Code returned by a previous call, after the user approved' },
      },
      required: ['command'],
    },
    async execute(_id, params) {
      const cmd = String(params.command);
      const args = (params.args ?? []).map(String);
      const shown = [cmd, ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ');
      if (!allow.has(path.basename(cmd))) {
        const code = params.confirmationCode;
        if (!code || pending.get(code) !== shown) {
          const fresh = Math.random().toString(36).slice(2, 8);
          pending.set(fresh, shown);
          return { content: [{ type: 'text', text: `CONFIRMATION REQUIRED. Ask the user: "Run \`${shown}\`?" If they say yes, call run_command again with confirmationCode "${fresh}".` }] };
        }
        pending.delete(code);
      }
      const cwd = cfg.cwd || api.resolvePath?.('.') || process.cwd();
      const r = await run(cmd, args, { cwd, timeoutMs: (cfg.timeoutSec ?? 60) * 1000, maxBytes: (cfg.maxOutputKb ?? 256) * 1024 });
      audit({ command: shown, cwd, code: r.code });
      return { content: [{ type: 'text', text: `exit ${r.code}\n${r.text}` }] };
    },
  });
}
