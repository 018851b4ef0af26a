#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const exe = path.join(__dirname, '..', 'vendor', 'bin', process.platform === 'win32' ? 'protoc.exe' : 'protoc');
if (!fs.existsSync(exe)) {
  console.error('protoc-prebuilt: binary missing — reinstall the package or set PROTOC_SKIP_DOWNLOAD and use a system protoc');
  process.exit(1);
}
const include = path.join(__dirname, '..', 'vendor', 'include');
const args = process.argv.slice(2);
if (!args.some((a) => a.startsWith('-I') || a.startsWith('--proto_path'))) args.push(`-I${include}`);
const r = spawnSync(exe, args, { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
