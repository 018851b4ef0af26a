#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exeName } from '../scripts/targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
let exe = process.env.QUILLFMT_BINARY || join(here, '..', 'vendor', exeName());

if (!existsSync(exe)) {
  // postinstall may have been skipped (--ignore-scripts) - run it now.
  const r = spawnSync(process.execPath, [join(here, '..', 'scripts', 'postinstall.mjs')], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(exe)) {
    console.error('quillfmt: binary unavailable; see https://github.com/quillfmt/quillfmt#install');
    process.exit(1);
  }
}

const res = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
process.exit(res.status ?? 1);
