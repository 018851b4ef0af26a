#!/usr/bin/env node
'use strict';
const { doctor } = require('./index');
const r = doctor();
for (const [k, val] of Object.entries(r)) {
  console.log(`${val ? '✔' : '✖'} ${k.padEnd(12)} ${val || 'not found'}`);
}
