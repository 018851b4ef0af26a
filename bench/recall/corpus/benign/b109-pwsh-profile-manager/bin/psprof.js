#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const p = require('../lib/profile');

const argv = process.argv.slice(2);
const flag = (n) => { const i = argv.indexOf(n); if (i < 0) return undefined; const v = argv[i + 1]; argv.splice(i, 2); return v; };
const shell = flag('--shell');
const file = flag('--profile') || p.detectProfile(shell);
const [cmd, name, src] = argv;
const BUILTIN = path.join(__dirname, '..', 'snippets');

function usage() {
  console.log(`psprof [--shell pwsh|powershell] [--profile FILE] <command>

  list                       show managed snippets in ${file}
  add <name> <file.ps1>      add/replace a snippet from a file ("-" for stdin)
  add <name> --builtin       add one of: ${fs.readdirSync(BUILTIN).map((f) => f.replace(/\.ps1$/, '')).join(', ')}
  show <name>                print a snippet
  enable <name> | disable <name>
  remove <name>
  path                       print the profile path

A timestamped backup is written to .psprof-backups/ before every change.`);
}

try {
  switch (cmd) {
    case 'list': {
      const l = p.list(file);
      if (!l.length) console.log('(no managed snippets)');
      for (const s of l) console.log(`${s.enabled ? '[x]' : '[ ]'} ${s.name}  (${s.lines} lines)`);
      break;
    }
    case 'add': {
      if (!name) return usage();
      const content = src === '--builtin'
        ? fs.readFileSync(path.join(BUILTIN, `${name}.ps1`), 'utf8')
        : src === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(src, 'utf8');
      const bak = p.add(file, name, content);
      console.log(`added ${name} to ${file}${bak ? ` (backup: ${bak})` : ''}`);
      console.log('Open a new PowerShell window to load it.');
      break;
    }
    case 'show': console.log(p.show(file, name) ?? `no snippet named ${name}`); break;
    case 'enable': case 'disable': {
      const bak = p.toggle(file, name, cmd === 'enable');
      console.log(`${cmd}d ${name} (backup: ${bak})`);
      break;
    }
    case 'remove': console.log(`removed ${name} (backup: ${p.remove(file, name)})`); break;
    case 'path': console.log(file); break;
    default: usage();
  }
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
