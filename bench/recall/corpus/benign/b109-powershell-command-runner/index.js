'use strict';
const { spawn } = require('child_process');
const { encodeCommand, wrap } = require('./lib/encode');

function run(shell, script, { timeoutSec, cwd }) {
  const exe = shell === 'powershell' ? 'powershell.exe' : process.platform === 'win32' ? 'pwsh.exe' : 'pwsh';
  return new Promise((resolve) => {
    const child = spawn(exe, ['-NoProfile', '-NonInteractive', '-NoLogo', '-EncodedCommand', encodeCommand(wrap(script))], {
      cwd: cwd || process.cwd(),
      windowsHide: true,
    });
    let out = '';
    let err = '';
    const cap = (s, chunk) => (s.length > 200_000 ? s : s + chunk);
    child.stdout.on('data', (d) => (out = cap(out, d.toString('utf8'))));
    child.stderr.on('data', (d) => (err = cap(err, d.toString('utf8'))));
    const t = setTimeout(() => { child.kill(); err += `\n[killed after ${timeoutSec}s]`; }, timeoutSec * 1000);
    child.on('close', (code) => { clearTimeout(t); resolve({ code, out, err }); });
    child.on('error', (e) => { clearTimeout(t); resolve({ code: -1, out, err: e.message }); });
  });
}

module.exports = {
  id: 'powershell-runner',
  name: 'PowerShell Runner',
  register(api) {
    const cfg = { shell: 'pwsh', timeoutSec: 120, requireApproval: true, allowPatterns: ['^Get-', '^Test-', '^Resolve-', '^Measure-'], ...(api.pluginConfig || {}) };
    const allow = cfg.allowPatterns.map((p) => new RegExp(p, 'i'));

    api.registerTool({
      name: 'powershell',
      description: 'Run a PowerShell script on this machine and return stdout/stderr/exit code. The user is asked to approve each script unless it only uses read-only Get-/Test- style cmdlets allowed in config.',
      parameters: {
        type: 'object',
        properties: {
          script: { type: 'string', description: 'PowerShell source to run' },
          reason: { type: 'string', description: 'One sentence shown to the user when asking for approval' },
        },
        required: ['script', 'reason'],
      },
      async execute(_id, p, ctx) {
        const trimmed = p.script.trim();
        const autoOk = !/[;|\n]/.test(trimmed) && allow.some((r) => r.test(trimmed));
        if (cfg.requireApproval && !autoOk) {
          const ok = await api.runtime?.approvals?.request?.({
            title: 'Run PowerShell?',
            body: `${p.reason}\n\n\`\`\`powershell\n${trimmed}\n\`\`\``,
            sessionKey: ctx?.sessionKey,
          });
          if (ok !== true) return { content: [{ type: 'text', text: 'User declined to run the script.' }] };
        }
        api.logger.info(`powershell-runner: running ${trimmed.length} chars (${p.reason})`);
        const r = await run(cfg.shell, p.script, cfg);
        const text = `exit ${r.code}\n--- stdout ---\n${r.out.trimEnd() || '(empty)'}${r.err.trim() ? `\n--- stderr ---\n${r.err.trimEnd()}` : ''}`;
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
