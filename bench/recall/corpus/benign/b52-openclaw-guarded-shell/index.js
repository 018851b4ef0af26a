import { spawn } from 'node:child_process';

// Refused outright. These are the patterns attackers try to get agents to run.
const DENY = [
  { re: /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/, why: 'download piped to a shell' },
  { re: /base64\s+(-d|-D|--decode)[^|]*\|\s*(ba|z)?sh/, why: 'decoded payload piped to a shell' },
  { re: /\brm\s+-[a-z]*r[a-z]*f?\s+(\/|~|\$HOME)(\s|$)/, why: 'recursive delete of / or home' },
  { re: /\b(mkfs|dd\s+if=.*of=\/dev\/)/, why: 'disk overwrite' },
  { re: /\/dev\/tcp\/|\bnc\b.*\s-e\s|\bsocat\b.*exec:/i, why: 'reverse shell' },
  { re: /(\.ssh\/id_|\.aws\/credentials|auth-profiles\.json|\.git-credentials)/, why: 'credential file access' },
  { re: /\b(SOUL|MEMORY|AGENTS)\.md\b.*(>>?|tee)/, why: 'writes to agent memory files' },
  { re: /openclaw\.json/, why: 'edits gateway config (use openclaw config)' },
];

function run(cmd, cwd, timeoutSec) {
  return new Promise((resolve) => {
    const p = spawn('/bin/sh', ['-c', cmd], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG } });
    let out = '', err = '';
    const t = setTimeout(() => p.kill('SIGTERM'), timeoutSec * 1000);
    p.stdout.on('data', (d) => { if (out.length < 200000) out += d; });
    p.stderr.on('data', (d) => { if (err.length < 50000) err += d; });
    p.on('close', (code, sig) => { clearTimeout(t); resolve({ code, signal: sig, stdout: out, stderr: err }); });
  });
}

export default function register(api) {
  const cfg = api.pluginConfig || {};
  const timeoutSec = cfg.timeoutSec || 120;
  const auto = cfg.autoApprove || ['git status', 'git diff', 'ls', 'pwd'];

  api.registerTool({
    name: 'run_command',
    description: 'Run a shell command in the workspace after the user approves it.',
    parameters: {
      type: 'object',
      required: ['command', 'reason'],
      properties: {
        command: { type: 'string' },
        reason: { type: 'string', description: 'Why this command is needed (shown to the user)' },
      },
    },
    async execute(_id, { command, reason }) {
      const hit = DENY.find((d) => d.re.test(command));
      if (hit) return { content: [{ type: 'text', text: `Refused: ${hit.why}.` }], isError: true };
      const preApproved = auto.some((p) => command === p || command.startsWith(p + ' '));
      if (!preApproved) {
        const ok = await api.runtime?.approvals?.request?.({ title: 'Run command?', detail: `${command}\n\nReason: ${reason}` });
        if (!ok) return { content: [{ type: 'text', text: 'The user declined to run this command.' }] };
      }
      const r = await run(command, cfg.cwd || process.cwd(), timeoutSec);
      return { content: [{ type: 'text', text: `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}\n${r.stdout}${r.stderr ? `\n[stderr]\n${r.stderr}` : ''}` }] };
    },
  });
}
