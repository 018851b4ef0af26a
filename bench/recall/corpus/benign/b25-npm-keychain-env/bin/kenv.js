#!/usr/bin/env node
'use strict';
const { spawn } = require('child_process');
const { projectName, importEnv, load, remove } = require('../lib');

const [cmd, ...args] = process.argv.slice(2);
const project = process.env.KENV_PROJECT || projectName(process.cwd());

switch (cmd) {
  case 'import': {
    const file = args.find((a) => !a.startsWith('--')) || '.env';
    const names = importEnv(file, project, { removeFile: args.includes('--delete') });
    console.log(`kenv: stored ${names.length} variables for "${project}" in the OS keychain`);
    if (!args.includes('--delete')) console.log(`kenv: you can now delete ${file} (or re-run with --delete)`);
    break;
  }
  case 'list':
    console.log(Object.keys(load(project)).join('\n'));
    break;
  case 'run': {
    const sep = args.indexOf('--');
    const argv = sep >= 0 ? args.slice(sep + 1) : args;
    if (!argv.length) { console.error('usage: kenv run -- <command> [args...]'); process.exit(2); }
    const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, ...load(project) }, shell: process.platform === 'win32' });
    child.on('exit', (code, sig) => process.exit(sig ? 1 : code));
    break;
  }
  case 'remove':
    remove(project);
    console.log(`kenv: removed all variables for "${project}"`);
    break;
  default:
    console.log('usage: kenv import [.env] [--delete] | kenv list | kenv run -- <cmd> | kenv remove');
}
