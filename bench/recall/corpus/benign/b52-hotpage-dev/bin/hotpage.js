#!/usr/bin/env node
'use strict';
const path = require('path');
const { start } = require('../lib/server');

const a = process.argv.slice(2);
const opt = (n, d) => { const i = a.indexOf(n); return i >= 0 ? a[i + 1] : d; };
const root = path.resolve(a.find((x, i) => !x.startsWith('--') && !a[i - 1]?.startsWith('--')) || '.');
const host = opt('--host', '127.0.0.1');
if (host !== '127.0.0.1' && host !== 'localhost') console.warn(`warning: serving ${root} to your network on ${host}`);
start({ root, host, port: Number(opt('--port', 3000)), build: opt('--build') });
