#!/usr/bin/env node
'use strict';
const w = require('../lib');
const [flag, p] = process.argv.slice(2);
if (flag === '--dirs') { console.log(JSON.stringify(w.windowsUserDirs(), null, 2)); process.exit(0); }
if (!p) { console.error('usage: wslpath-js -u|-w PATH | --dirs'); process.exit(2); }
console.log(flag === '-w' ? w.toWindows(p) : w.toWsl(p));
