#!/usr/bin/env node
'use strict';
const sk = require('../lib');

const HELP = `snapkeep - scheduled folder backups for Windows

Usage:
  snapkeep backup <src> <dest> [--mirror] [--exclude <dir>...]
  snapkeep schedule <src> <dest> [--time HH:MM] [--mirror]   create a daily Task Scheduler job
  snapkeep unschedule                                         remove the job and settings
  snapkeep status
  snapkeep drives`;

function flag(args, name) { const i = args.indexOf(name); if (i < 0) return undefined; const v = args[i + 1]; args.splice(i, 2); return v; }

function main(argv) {
  const args = argv.slice(2);
  const cmd = args.shift();
  if (!cmd || cmd === '--help' || cmd === '-h') return console.log(HELP);
  if (process.platform !== 'win32') { console.error('snapkeep only supports Windows'); process.exit(1); }
  const mirror = args.includes('--mirror');
  const rest = args.filter((a) => a !== '--mirror');
  switch (cmd) {
    case 'backup': {
      const exclude = [];
      let e; while ((e = flag(rest, '--exclude'))) exclude.push(e);
      const [src, dest] = rest;
      const r = sk.backup(src, dest, { mirror, exclude });
      return console.log(`done (robocopy code ${r.code}), log: ${r.log}`);
    }
    case 'schedule': {
      const time = flag(rest, '--time') || '02:00';
      const [src, dest] = rest;
      if (!src || !dest) throw new Error('schedule needs <src> <dest>');
      const r = sk.schedule({ time, src, dest, mirror });
      return console.log(`Scheduled "${r.task}" daily at ${time}.\nCommand: ${r.command}\nRemove with: snapkeep unschedule`);
    }
    case 'unschedule': sk.unschedule(); return console.log('Removed scheduled task and settings.');
    case 'status': return console.log(JSON.stringify(sk.status(), null, 2));
    case 'drives': return console.table(sk.listDrives());
    default: console.log(HELP); process.exit(1);
  }
}

try { main(process.argv); } catch (e) { console.error('snapkeep:', e.message); process.exit(1); }
