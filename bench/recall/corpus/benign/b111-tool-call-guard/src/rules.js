'use strict';

// Each rule: id, severity, which string fields to look at, and a regex.
const RULES = [
  { id: 'pipe-to-shell', severity: 'critical', on: 'command',
    rx: /(curl|wget|fetch)\b[^|;&\n]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|bash\s+<\(\s*(curl|wget)|\biwr\b[^|]*\|\s*iex\b/i },
  { id: 'encoded-shell', severity: 'critical', on: 'command',
    rx: /base64\s+(-d|--decode|-D)\b[^|]*\|\s*(ba)?sh|powershell(\.exe)?\s+.*-e(nc(odedcommand)?)?\s+[A-Za-z0-9+/=]{20,}/i },
  { id: 'reverse-shell', severity: 'critical', on: 'command',
    rx: /\/dev\/tcp\/[\w.-]+\/\d+|\bnc(at)?\b[^\n]*\s-(e|c)\s|mkfifo\s+\S+.*\|\s*(nc|ncat|openssl)\b|socat\b[^\n]*exec:/i },
  { id: 'destructive-rm', severity: 'critical', on: 'command',
    rx: /\brm\s+(-[a-z]*r[a-z]*f|-[a-z]*f[a-z]*r)[a-z]*\s+(--no-preserve-root\s+)?(\/|~|\$HOME)(\s|$|\/\*)/i },
  { id: 'disk-wipe', severity: 'critical', on: 'command',
    rx: /\bdd\s+[^\n]*of=\/dev\/(sd|nvme|disk)|\bmkfs(\.\w+)?\s+\/dev\/|diskutil\s+eraseDisk/i },
  { id: 'setuid', severity: 'high', on: 'command', rx: /chmod\s+([ug]\+s|[4-7][0-7]{3})\b/ },
  { id: 'persistence', severity: 'high', on: 'command|path',
    rx: /crontab\s+-|\/etc\/cron\.|Library\/LaunchAgents|\.config\/systemd\/user|authorized_keys|\\CurrentVersion\\Run/i },
  { id: 'credential-read', severity: 'high', on: 'command|path',
    rx: /\.ssh\/id_[a-z0-9_]+(?!\.pub)\b|\.aws\/credentials|\.config\/gcloud\/|\.kube\/config|\.npmrc|\.docker\/config\.json|Login Data|Local State|login\.keychain|\.openclaw\/openclaw\.json/i },
  { id: 'history-wipe', severity: 'medium', on: 'command', rx: /history\s+-c|>\s*~\/\.(bash|zsh)_history|unset\s+HISTFILE/i },
];

function fieldsFor(toolName, params) {
  const p = params || {};
  const out = { command: [], path: [] };
  const cmd = p.command ?? p.cmd ?? p.script ?? p.input;
  if (typeof cmd === 'string') out.command.push(cmd);
  if (Array.isArray(cmd)) out.command.push(cmd.join(' '));
  for (const k of ['path', 'file', 'filePath', 'target', 'source']) {
    if (typeof p[k] === 'string') out.path.push(p[k]);
  }
  if (/^(exec|bash|shell|process|run)/i.test(toolName) && typeof p.args === 'object') {
    out.command.push([p.command, ...(p.args || [])].filter(Boolean).join(' '));
  }
  return out;
}

function compileExtra(patterns) {
  return (patterns || []).flatMap((s, i) => {
    try { return [{ id: `custom-${i + 1}`, severity: 'high', on: 'command|path', rx: new RegExp(s, 'i') }]; }
    catch { return []; }
  });
}

function evaluate(toolName, params, { disabled = [], extra = [] } = {}) {
  const f = fieldsFor(toolName, params);
  const hits = [];
  for (const r of [...RULES, ...extra]) {
    if (disabled.includes(r.id)) continue;
    for (const kind of r.on.split('|')) {
      for (const value of f[kind] || []) {
        const m = r.rx.exec(value);
        if (m) hits.push({ rule: r.id, severity: r.severity, match: m[0].slice(0, 120) });
      }
    }
  }
  return hits;
}

module.exports = { RULES, evaluate, compileExtra, fieldsFor };
