#!/usr/bin/env node
'use strict';
const { spawnSync } = require('child_process');
const readline = require('readline');
const config = require('../lib/config');
const telemetry = require('../lib/telemetry');
const api = require('../lib/api');

const [cmd = 'help', ...args] = process.argv.slice(2);
const started = Date.now();

async function main() {
  switch (cmd) {
    case 'login': {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      const t = await new Promise((r) => rl.question('Paste a token from https://deploykit.example.com/account/tokens: ', r));
      rl.close();
      config.write('auth.json', { token: t.trim() });
      console.log('Logged in.');
      return 0;
    }
    case 'deploy': {
      const dir = args.find((a) => !a.startsWith('-')) || '.';
      const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
      const project = config.read('project.json').id || require('path').basename(process.cwd());
      const r = await api.deploy(dir, { project, prod: args.includes('--prod') });
      console.log(`Deployed ${sha || 'working tree'} → ${r.url}`);
      return 0;
    }
    case 'telemetry': {
      if (args[0] === 'disable') { telemetry.setEnabled(false); console.log('Telemetry disabled.'); }
      else if (args[0] === 'enable') { telemetry.setEnabled(true); console.log('Telemetry enabled.'); }
      else console.log(`Telemetry is ${telemetry.enabled() ? 'enabled' : 'disabled'}.`);
      return 0;
    }
    default:
      console.log('usage: deploykit <login|deploy [dir] [--prod]|telemetry [enable|disable]>');
      return cmd === 'help' ? 0 : 2;
  }
}

main()
  .catch((e) => { console.error(e.message); return 1; })
  .then(async (code) => {
    if (cmd !== 'telemetry') await telemetry.track(cmd, { durationMs: Date.now() - started, exitCode: code });
    process.exit(code);
  });
