#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { exe } from './resolve.mjs';
const r = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
if (r.error) { console.error('yamlfix: native binary missing, reinstall yamlfix-bin'); process.exit(1); }
process.exit(r.status ?? 1);
