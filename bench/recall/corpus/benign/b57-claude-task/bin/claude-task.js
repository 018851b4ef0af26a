#!/usr/bin/env node
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const readline = require('readline');

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const prompt = argv.filter((a) => !a.startsWith('--')).join(' ').trim();

function usage(code) {
  console.log('usage: claude-task [--allow-edits|--skip-permissions] [--i-understand] [--json] "<prompt>"');
  process.exit(code);
}

function inContainer() {
  try { return fs.existsSync('/.dockerenv') || /docker|containerd|kubepods/.test(fs.readFileSync('/proc/1/cgroup', 'utf8')); } catch (_) { return false; }
}

function ask(q) {
  if (!process.stdin.isTTY) return Promise.resolve(false);
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((r) => rl.question(`${q} [y/N] `, (a) => { rl.close(); r(/^y(es)?$/i.test(a.trim())); }));
}

(async () => {
  if (!prompt || flags.has('--help')) usage(prompt ? 0 : 2);
  if (spawnSync('claude', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.error('claude CLI not found on PATH. Install and log in first.');
    process.exit(127);
  }

  const args = ['-p', prompt];
  if (flags.has('--json')) args.push('--output-format', 'json');

  if (flags.has('--skip-permissions')) {
    if (!inContainer() && process.env.CLAUDE_TASK_ALLOW_HOST !== '1') {
      console.error('Refusing --skip-permissions on the host. Run inside a container or set CLAUDE_TASK_ALLOW_HOST=1.');
      process.exit(2);
    }
    const ok = flags.has('--i-understand') || (await ask('Claude will run commands and edit files WITHOUT asking. Continue?'));
    if (!ok) { console.error('aborted'); process.exit(1); }
    args.push('--dangerously-skip-permissions');
  } else if (flags.has('--allow-edits')) {
    const ok = flags.has('--i-understand') || (await ask('Allow Claude to edit files without asking each time?'));
    if (!ok) { console.error('aborted'); process.exit(1); }
    args.push('--permission-mode', 'acceptEdits');
  }

  const child = spawn('claude', args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
})();
