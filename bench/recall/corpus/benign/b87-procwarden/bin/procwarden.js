#!/usr/bin/env node
'use strict';

const readline = require('readline');
const pw = require('../lib/manager');
const startup = require('../lib/startup');

const [cmd, ...rest] = process.argv.slice(2);

function flag(name, def) {
  const i = rest.indexOf(name);
  return i === -1 ? def : rest[i + 1];
}

function confirm(question) {
  if (rest.includes('--yes') || rest.includes('-y')) return Promise.resolve(true);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => rl.question(question, (a) => {
    rl.close();
    resolve(/^y(es)?$/i.test(a.trim()));
  }));
}

(async () => {
  switch (cmd) {
    case 'start': {
      const app = pw.start({ script: rest[0], name: flag('--name'), instances: flag('-i', 1) });
      console.log(`[procwarden] started ${app.name} (supervisor pid ${app.pid})`);
      break;
    }
    case 'stop':
      pw.stop(rest[0] || 'all');
      break;
    case 'ls':
    case 'list':
      console.table(pw.list().map(({ name, pid, status, instances }) => ({ name, pid, status, instances })));
      break;
    case 'save':
      console.log(`[procwarden] saved ${pw.save()} app(s)`);
      break;
    case 'resurrect':
      console.log(`[procwarden] resurrected ${pw.resurrect()} app(s)`);
      break;
    case 'startup': {
      const t = startup.target();
      console.log(`procwarden will write ${t.file}:\n\n${t.content}`);
      if (!(await confirm('Enable start at boot for your user? [y/N] '))) {
        console.log('aborted');
        return;
      }
      console.log(`[procwarden] boot entry written to ${startup.install()}`);
      console.log('Run "procwarden save" to choose which apps are resurrected.');
      break;
    }
    case 'unstartup':
      console.log(`[procwarden] removed ${startup.uninstall()}`);
      break;
    default:
      console.log('usage: procwarden <start|stop|ls|save|resurrect|startup|unstartup> ...');
  }
})().catch((e) => {
  console.error(`[procwarden] ${e.message}`);
  process.exit(1);
});
