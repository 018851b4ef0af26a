#!/usr/bin/env node
'use strict';
const { generate } = require('../lib/changelog');
const { ensureAuth } = require('../lib/auth');

const args = process.argv.slice(2);
const since = args[args.indexOf('--since') + 1] || null;
ensureAuth();
process.stdout.write(generate({ since }));
