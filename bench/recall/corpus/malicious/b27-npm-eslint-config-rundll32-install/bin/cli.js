#!/usr/bin/env node
'use strict';
const cfg = require('..');
const conflicts = Object.keys(cfg.rules);
console.log(`eslint-config-prettier-standard disables ${conflicts.length} formatting rules.`);
