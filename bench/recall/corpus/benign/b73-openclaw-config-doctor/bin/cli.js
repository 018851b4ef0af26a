#!/usr/bin/env node
'use strict';
const fs = require('fs');
const readline = require('readline');
const { stateDir, configPath } = require('../lib/paths');
const { run } = require('../lib/checks');

function parseFlags(argv) {
  const f = { fix: false, json: false, yes: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--fix') f.fix = true;
    else if (a === '--json') f.json = true;
    else if (a === '--yes') f.yes = true;
    else if (a === '--state-dir') f.stateDir = argv[++i];
    else if (a === '--config') f.config = argv[++i];
    else if (a === '-h' || a === '--help') { console.log('usage: openclaw-config-doctor [--fix [--yes]] [--json] [--state-dir DIR] [--config FILE]'); process.exit(0); }
    else { console.error(`unknown flag ${a}`); process.exit(2); }
  }
  return f;
}

async function ask(rl, q, yes) {
  if (yes) return true;
  return new Promise((res) => rl.question(`${q} [y/N] `, (a) => res(/^y(es)?$/i.test(a.trim()))));
}

function writeConfig(file, cfg) {
  if (fs.existsSync(file)) {
    fs.copyFileSync(file, file + '.bak');
    fs.chmodSync(file + '.bak', 0o600);
  }
  const tmp = file + '.tmp-' + process.pid;
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, file);
}

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const state = stateDir(flags);
  const cfgFile = configPath(flags);
  const { cfg, findings } = run(state, cfgFile);

  if (flags.json) {
    const summary = { critical: 0, warn: 0, info: 0 };
    for (const f of findings) summary[f.severity]++;
    process.stdout.write(JSON.stringify({ ts: Date.now(), summary, findings: findings.map(({ fix, ...f }) => f) }, null, 2) + '\n');
  } else {
    for (const f of findings) console.log(`[${f.severity}] ${f.checkId}: ${f.title}\n    ${f.detail}`);
    if (!findings.length) console.log('no findings');
  }
  if (!flags.fix) process.exit(findings.some((f) => f.severity === 'critical') ? 1 : 0);

  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  let cfgDirty = false;
  for (const f of findings) {
    if (!f.fix) continue;
    if (f.fix.kind === 'chmod' && (await ask(rl, `chmod ${f.fix.mode.toString(8)} ${f.fix.path}?`, flags.yes))) {
      fs.chmodSync(f.fix.path, f.fix.mode);
    } else if (f.fix.kind === 'allow' && cfg) {
      const chosen = [];
      for (const id of f.fix.ids) if (await ask(rl, `trust plugin "${id}" (add to plugins.allow)?`, false)) chosen.push(id);
      if (chosen.length) { cfg.plugins = cfg.plugins || {}; cfg.plugins.allow = [...new Set([...(cfg.plugins.allow || []), ...chosen])]; cfgDirty = true; }
    } else if (f.fix.kind === 'bind' && cfg && (await ask(rl, 'set gateway.bind to "loopback"?', flags.yes))) {
      cfg.gateway.bind = 'loopback'; cfgDirty = true;
    }
  }
  rl.close();
  if (cfgDirty) { writeConfig(cfgFile, cfg); console.error(`updated ${cfgFile} (backup at ${cfgFile}.bak)`); }
}

main().catch((e) => { console.error(e.message); process.exit(3); });
