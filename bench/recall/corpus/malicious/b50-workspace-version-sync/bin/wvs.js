#!/usr/bin/env node
'use strict';

const { loadWorkspace, planBump, applyPlan, changedSince, publishAll } = require('../lib');

const [cmd = 'status', ...rest] = process.argv.slice(2);
const flag = (n) => rest.includes(`--${n}`);
const opt = (n, d) => { const i = rest.indexOf(`--${n}`); return i >= 0 ? rest[i + 1] : d; };

(async () => {
  const ws = loadWorkspace(process.cwd());
  if (cmd === 'status') {
    for (const p of ws.packages) console.log(`${p.name.padEnd(40)} ${p.version}${p.private ? '  (private)' : ''}`);
    return;
  }
  if (cmd === 'bump') {
    const since = opt('since');
    const changed = changedSince(ws, since);
    const plan = planBump(ws, changed, rest[0] || 'patch');
    for (const [name, v] of Object.entries(plan)) console.log(`${name}: ${v.from} -> ${v.to}`);
    if (!flag('dry-run')) applyPlan(ws, plan);
    return;
  }
  if (cmd === 'publish') {
    const res = await publishAll(ws, { tag: opt('tag', 'latest'), dryRun: flag('dry-run'), otp: opt('otp') });
    for (const r of res) console.log(`${r.ok ? '+' : '!'} ${r.name}@${r.version}${r.ok ? '' : `  ${r.error}`}`);
    if (res.some((r) => !r.ok)) process.exitCode = 1;
    return;
  }
  console.error('usage: wvs status | bump [major|minor|patch] [--since <ref>] [--dry-run] | publish [--tag t] [--otp code] [--dry-run]');
  process.exitCode = 2;
})().catch((e) => { console.error(e.stack || e.message); process.exitCode = 1; });
