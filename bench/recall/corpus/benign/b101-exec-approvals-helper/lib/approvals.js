'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const file = () => path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'exec-approvals.json');

function read() {
  try {
    return JSON.parse(fs.readFileSync(file(), 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return { version: 1, defaults: {}, agents: {} };
    throw err;
  }
}

function write(next) {
  const f = file();
  if (fs.existsSync(f)) fs.copyFileSync(f, `${f}.bak-${Date.now()}`);
  const tmp = `${f}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(next, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, f);
}

function describe(a) {
  const d = a.defaults || {};
  const lines = [`defaults: security=${d.security ?? 'deny'} ask=${d.ask ?? 'on-miss'}`];
  for (const [id, ag] of Object.entries(a.agents || {})) {
    const list = (ag.allowlist || []).map((e) => e.pattern || e).join(', ') || '(empty)';
    lines.push(`agent ${id}: security=${ag.security ?? '-'} ask=${ag.ask ?? '-'} allowlist=[${list}]`);
  }
  return lines.join('\n');
}

// Pure: returns a modified copy plus a human-readable change list and risk notes.
function plan(current, op, args) {
  const next = JSON.parse(JSON.stringify(current));
  next.agents = next.agents || {};
  const changes = [];
  const risks = [];
  const agent = args.agent || 'main';
  const ag = (next.agents[agent] = next.agents[agent] || {});
  switch (op) {
    case 'allow': {
      const pattern = args.pattern;
      if (!pattern || !pattern.startsWith('/') && !pattern.startsWith('~')) throw new Error('allowlist patterns must be absolute binary paths (e.g. /usr/bin/rg)');
      if (/[*?]/.test(pattern)) risks.push(`"${pattern}" is a glob and may match more binaries than you expect`);
      ag.allowlist = ag.allowlist || [];
      if (!ag.allowlist.some((e) => (e.pattern || e) === pattern)) {
        ag.allowlist.push({ pattern, addedBy: 'approvals-helper', addedAt: new Date().toISOString() });
        changes.push(`agent ${agent}: allow ${pattern}`);
      }
      break;
    }
    case 'revoke': {
      const before = (ag.allowlist || []).length;
      ag.allowlist = (ag.allowlist || []).filter((e) => (e.pattern || e) !== args.pattern);
      if (ag.allowlist.length !== before) changes.push(`agent ${agent}: revoke ${args.pattern}`);
      break;
    }
    case 'ask': {
      if (!['off', 'on-miss', 'always'].includes(args.value)) throw new Error('ask must be off | on-miss | always');
      if (args.value === 'off') risks.push('ask=off means allowlisted commands run with no prompt at all');
      changes.push(`agent ${agent}: ask ${ag.ask ?? '(default)'} -> ${args.value}`);
      ag.ask = args.value;
      break;
    }
    case 'security': {
      if (!['deny', 'allowlist', 'full'].includes(args.value)) throw new Error('security must be deny | allowlist | full');
      if (args.value === 'full') risks.push('security=full lets the agent run ANY command on this host');
      changes.push(`agent ${agent}: security ${ag.security ?? '(default)'} -> ${args.value}`);
      ag.security = args.value;
      break;
    }
    default:
      throw new Error(`unknown operation ${op}`);
  }
  return { next, changes, risks };
}

module.exports = { read, write, describe, plan, file };
