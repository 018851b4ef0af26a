#!/usr/bin/env node
'use strict';
const path = require('path');
const readline = require('readline');
const cfgmod = require('../src/config');
const core = require('../src/index');
const schedule = require('../src/schedule');

const [cmd = 'help', ...rest] = process.argv.slice(2);
const ask = (q) => new Promise((r) => { const rl = readline.createInterface({ input: process.stdin, output: process.stderr }); rl.question(q, (a) => { rl.close(); r(a.trim()); }); });

(async () => {
  const cfg = cfgmod.load();
  switch (cmd) {
    case 'init': {
      cfg.bucket = (await ask(`Bucket name [${cfg.bucket || ''}]: `)) || cfg.bucket;
      cfg.region = (await ask(`Region [${cfg.region}]: `)) || cfg.region;
      const profiles = cfgmod.awsProfiles();
      if (profiles.length) cfg.profile = (await ask(`AWS profile (${profiles.join(', ')}) [default chain]: `)) || null;
      cfgmod.save(cfg);
      console.log(`saved ${cfgmod.FILE}`);
      break;
    }
    case 'add': cfg.sources.push(...rest.map((p) => path.resolve(p))); cfgmod.save(cfg); break;
    case 'run': await core.backup(cfg); break;
    case 'list': for (const i of await core.list(cfg)) console.log(`${i.at.toISOString()}  ${(i.size / 1e6).toFixed(1)} MB  ${i.key}`); break;
    case 'restore': await core.restore(cfg, rest[0], path.resolve(rest[1] || '.')); break;
    case 'schedule': {
      if (rest[0] === '--remove') { schedule.remove(); console.log('cron entry removed'); break; }
      const when = rest[0] || 'daily';
      console.error(`This adds to your crontab:\n  ${schedule.line(when)}`);
      if (rest.includes('--yes') || /^y/i.test(await ask('Proceed? [y/N] '))) { schedule.install(when); console.log('scheduled'); }
      break;
    }
    default:
      console.log('snapkeep init | add <path…> | run | list | restore <key> [dest] | schedule [hourly|daily|weekly|--remove]');
  }
})().catch((e) => { console.error(`snapkeep: ${e.message}`); process.exitCode = 1; });
