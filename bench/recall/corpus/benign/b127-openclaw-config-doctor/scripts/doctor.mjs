#!/usr/bin/env node
// Local, read-only security review of OpenClaw configuration. Never prints secret values.
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const stateDir = process.env.OPENCLAW_STATE_DIR || join(homedir(), '.openclaw');
const cfgPath = args.includes('--config') ? args[args.indexOf('--config') + 1] : join(stateDir, 'openclaw.json');

// Minimal JSON5 tolerance: strip comments and trailing commas.
function parseJson5(text) {
  const noComments = text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, s) => s ?? '');
  return JSON.parse(noComments.replace(/,\s*([}\]])/g, '$1'));
}
const redact = v => (typeof v === 'string' ? `<redacted len=${v.length}>` : '<redacted>');
const isSecretRef = v => typeof v === 'object' && v !== null && ('source' in v || 'ref' in v);
const findings = [];
const add = (sev, path, msg, fix) => findings.push({ sev, path, msg, fix });

if (!existsSync(cfgPath)) { console.error(`no config at ${cfgPath}`); process.exit(1); }
let cfg;
try { cfg = parseJson5(readFileSync(cfgPath, 'utf8')); } catch (e) { console.error(`could not parse ${cfgPath}: ${e.message}`); process.exit(1); }

const gw = cfg.gateway || {};
const bind = gw.bind || 'loopback';
const token = gw.auth?.token;
if (bind !== 'loopback') {
  if (!gw.auth || (!token && !gw.auth.password)) add('high', 'gateway.auth', `gateway binds to "${bind}" with no auth`, 'set gateway.auth.token to a random 32+ byte value or bind to loopback');
  else if (typeof token === 'string' && token.length < 32) add('high', 'gateway.auth.token', `token is short (${redact(token)})`, 'use `openssl rand -hex 32`');
}
if (typeof token === 'string' && /^(changeme|password|openclaw|test|admin)/i.test(token)) add('high', 'gateway.auth.token', 'token looks like a default/guessable value', 'rotate it');

for (const [name, ch] of Object.entries(cfg.channels || {})) {
  if (ch?.dmPolicy === 'open') add('high', `channels.${name}.dmPolicy`, 'anyone can DM the agent', 'use "pairing" or an allowFrom list');
  if (ch?.groups && Object.values(ch.groups).some(g => g?.requireMention === false)) add('medium', `channels.${name}.groups`, 'some groups trigger the agent without a mention', 'set requireMention: true');
  for (const k of ['botToken', 'token', 'appToken', 'signingSecret']) if (typeof ch?.[k] === 'string') add('medium', `channels.${name}.${k}`, `inline secret ${redact(ch[k])}`, 'move to env var or SecretRef');
}

const exec = cfg.tools?.exec || {};
if (exec.security === 'full' && exec.ask !== 'always') add('medium', 'tools.exec', 'shell commands run without approval', 'set tools.exec.ask to "on-miss" or "always"');
const sandbox = cfg.agents?.defaults?.sandbox?.mode;
const publicChannels = Object.values(cfg.channels || {}).some(c => c?.dmPolicy === 'open' || c?.groupPolicy === 'open');
if ((!sandbox || sandbox === 'off') && publicChannels) add('high', 'agents.defaults.sandbox.mode', 'no sandbox while channels accept untrusted senders', 'set sandbox.mode to "non-main" or "all"');

for (const [id, e] of Object.entries(cfg.skills?.entries || {})) {
  if (typeof e?.apiKey === 'string') add('low', `skills.entries.${id}.apiKey`, `inline key ${redact(e.apiKey)}`, 'prefer a SecretRef or env var');
  for (const [k, v] of Object.entries(e?.env || {})) if (/KEY|TOKEN|SECRET|PASSWORD/i.test(k) && typeof v === 'string' && !isSecretRef(v)) add('low', `skills.entries.${id}.env.${k}`, `inline secret ${redact(v)}`, 'prefer a SecretRef or env var');
}
for (const [id, p] of Object.entries(cfg.models?.providers || {})) if (typeof p?.apiKey === 'string' && !p.apiKey.startsWith('${')) add('low', `models.providers.${id}.apiKey`, `inline key ${redact(p.apiKey)}`, 'use ${ENV_VAR} substitution');

function mode(p) { try { return statSync(p).mode & 0o777; } catch { return null; } }
const sm = mode(stateDir);
if (sm !== null && (sm & 0o077)) add('medium', stateDir, `permissions ${sm.toString(8)} allow other users`, `chmod 700 ${stateDir}`);
const cm = mode(join(stateDir, 'credentials'));
if (cm !== null && (cm & 0o077)) add('high', `${stateDir}/credentials`, `permissions ${cm.toString(8)}`, `chmod -R go-rwx ${stateDir}/credentials`);
const fm = mode(cfgPath);
if (fm !== null && (fm & 0o044)) add('medium', cfgPath, `config readable by others (${fm.toString(8)})`, `chmod 600 ${cfgPath}`);
try {
  for (const a of readdirSync(join(stateDir, 'agents'))) {
    const p = join(stateDir, 'agents', a, 'agent', 'auth-profiles.json');
    const m = mode(p);
    if (m !== null && (m & 0o077)) add('high', p, `auth profile readable by others (${m.toString(8)})`, `chmod 600 ${p}`);
  }
} catch {}

const order = { high: 0, medium: 1, low: 2 };
findings.sort((a, b) => order[a.sev] - order[b.sev]);
if (json) console.log(JSON.stringify({ config: cfgPath, findings }, null, 2));
else {
  console.log(`OpenClaw config doctor — ${cfgPath}\n`);
  if (!findings.length) console.log('No issues found.');
  for (const f of findings) console.log(`[${f.sev.toUpperCase()}] ${f.path}\n    ${f.msg}\n    fix: ${f.fix}\n`);
}
