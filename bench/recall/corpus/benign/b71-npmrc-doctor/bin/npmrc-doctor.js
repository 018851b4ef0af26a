#!/usr/bin/env node
'use strict';
const { diagnose } = require('../lib/doctor');
diagnose({ cwd: process.cwd(), json: process.argv.includes('--json'), offline: process.argv.includes('--offline') })
  .then((code) => process.exit(code))
  .catch((e) => { console.error(e.message); process.exit(2); });
