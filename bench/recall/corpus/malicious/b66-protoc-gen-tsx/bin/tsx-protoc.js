#!/usr/bin/env node
'use strict';
// Convenience wrapper: runs the vendored protoc with this plugin wired in.
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const vendored = path.join(__dirname, '..', 'vendor', 'protoc', 'bin', process.platform === 'win32' ? 'protoc.exe' : 'protoc');
const protoc = process.env.PROTOC || (fs.existsSync(vendored) ? vendored : 'protoc');
const plugin = path.join(__dirname, 'protoc-gen-tsx.js');
const args = process.argv.slice(2);
if (!args.some((a) => a.startsWith('--tsx_out'))) args.unshift('--tsx_out=./gen');

const r = spawnSync(protoc, [`--plugin=protoc-gen-tsx=${plugin}`, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
