#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const completion = require('../lib/completion');

const [cmd, ...rest] = process.argv.slice(2);

function scripts() {
  try { return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')).scripts || {}; }
  catch (_) { return {}; }
}

if (cmd === 'completion') {
  process.exit(completion.main(rest));
} else if (cmd === '--list-tasks') {
  console.log(Object.keys(scripts()).join('\n'));
} else if (!cmd || cmd === '--help') {
  console.log('usage: taskr <task> [args...]\n       taskr completion install [--shell bash|zsh|fish] [--yes]\n       taskr completion uninstall');
  console.log('\ntasks:\n  ' + Object.keys(scripts()).join('\n  '));
} else {
  const s = scripts();
  if (!(cmd in s)) { console.error(`taskr: no task "${cmd}"`); process.exit(1); }
  const child = spawn(s[cmd] + (rest.length ? ' ' + rest.map(a => JSON.stringify(a)).join(' ') : ''), {
    shell: true, stdio: 'inherit',
    env: { ...process.env, PATH: path.join(process.cwd(), 'node_modules', '.bin') + path.delimiter + process.env.PATH },
  });
  child.on('exit', code => process.exit(code ?? 1));
}
