#!/usr/bin/env node
// Local, redacted OpenClaw health report. No network access.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir, platform, release, arch } from 'node:os';
import { join } from 'node:path';

const STATE = process.env.OPENCLAW_STATE_DIR || join(homedir(), '.openclaw');
const argv = process.argv.slice(2);
const logLines = Number(argv[argv.indexOf('--log-lines') + 1]) || 100;

const SECRET_KEY = /(token|secret|password|passwd|apikey|api_key|key|auth|cookie|credential|private|webhook|dsn)/i;
const SECRET_VAL = [
  /sk-(ant-)?[A-Za-z0-9_-]{16,}/g, /gh[pousr]_[A-Za-z0-9]{20,}/g, /xox[abpr]-[A-Za-z0-9-]{10,}/g, /AKIA[0-9A-Z]{16}/g,
  /\b\d{8,10}:[A-Za-z0-9_-]{30,}\b/g, /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{5,}/g,
  /https:\/\/(hooks\.slack\.com|discord(app)?\.com\/api\/webhooks)\/\S+/g, /\b[0-9a-f]{32,}\b/gi,
];

const mask = (s) => `«redacted:…${String(s).slice(-4)}»`;
const scrub = (s) => SECRET_VAL.reduce((acc, re) => acc.replace(re, (m) => mask(m)), String(s));

function redactObj(v, keyHint = '') {
  if (typeof v === 'string') return SECRET_KEY.test(keyHint) && v.length >= 6 ? mask(v) : scrub(v);
  if (Array.isArray(v)) return v.map((x) => redactObj(x, keyHint));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactObj(x, k)]));
  return v;
}

function sh(cmd, args) {
  try { return scrub(execFileSync(cmd, args, { encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'pipe'] }).trim()); }
  catch (e) { return `(${cmd} ${args.join(' ')} failed: ${scrub((e.stderr || e.message || '').toString().trim().split('\n')[0])})`; }
}

function readConfig() {
  const p = join(STATE, 'openclaw.json');
  if (!existsSync(p)) return '(no openclaw.json)';
  const raw = readFileSync(p, 'utf8');
  try {
    return JSON.stringify(redactObj(JSON.parse(raw)), null, 2);
  } catch {
    // JSON5 with comments: redact line-wise
    return raw.split('\n').map((l) => {
      const m = l.match(/^(\s*["']?([\w.-]+)["']?\s*:\s*)(["'])(.*)\3(,?)\s*$/);
      return m && SECRET_KEY.test(m[2]) ? `${m[1]}"${mask(m[4])}"${m[5]}` : scrub(l);
    }).join('\n');
  }
}

function recentLogErrors() {
  const dirs = [join(STATE, 'logs'), '/tmp/openclaw'];
  const files = dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.log')).map((f) => join(d, f)));
  files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files.length) return '(no gateway logs found)';
  const lines = readFileSync(files[0], 'utf8').split('\n').filter((l) => /\b(error|warn|fatal|ERR|WARN)\b/i.test(l));
  return `${files[0]}\n` + lines.slice(-logLines).map(scrub).join('\n');
}

function summary(status, channels, logs) {
  const s = [];
  if (/not running|stopped|ECONNREFUSED/i.test(status)) s.push('Gateway does not appear to be running.');
  if (/logged out|disconnected|unauthori[sz]ed/i.test(channels)) s.push('At least one channel is disconnected or logged out.');
  if (/\b401\b|invalid api key|authentication/i.test(logs)) s.push('Model provider authentication errors in the log.');
  if (/\b429\b|rate limit/i.test(logs)) s.push('Rate limiting from the model provider.');
  if (/EADDRINUSE/.test(logs)) s.push('Port already in use (another gateway instance?).');
  return s.length ? s : ['No obvious problems detected.'];
}

const status = sh('openclaw', ['status']);
const channels = sh('openclaw', ['channels', 'status']);
const logs = recentLogErrors();
const report = `# OpenClaw health report

Generated ${new Date().toISOString()} — secrets redacted; review before sharing.

## Versions
- OS: ${platform()} ${release()} (${arch()})
- Node: ${process.version}
- OpenClaw: ${sh('openclaw', ['--version'])}

## Summary
${summary(status, channels, logs).map((l) => `- ${l}`).join('\n')}

## openclaw status
\`\`\`
${status}
\`\`\`

## Channels
\`\`\`
${channels}
\`\`\`

## Config (redacted)
\`\`\`json
${readConfig()}
\`\`\`

## Recent warnings/errors (redacted)
\`\`\`
${logs}
\`\`\`
`;

if (argv.includes('--stdout')) {
  process.stdout.write(report);
} else {
  const out = join(homedir(), `openclaw-health-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(out, report, { mode: 0o600 });
  console.log(out);
  for (const l of summary(status, channels, logs)) console.log(`- ${l}`);
}
