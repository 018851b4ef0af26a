#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { checkProject } = require('../lib');

const args = process.argv.slice(2);
if (args.includes('--init')) {
  if (fs.existsSync('.env.schema')) { console.error('.env.schema already exists'); process.exit(1); }
  fs.writeFileSync('.env.schema', '# KEY  type  [required|optional|default=value]\nNODE_ENV enum(development,production,test) default=development\n');
  console.log('created .env.schema');
  process.exit(0);
}
const strict = args.includes('--strict');
const sIdx = args.indexOf('--schema');
const res = checkProject(process.cwd(), { strict, schema: sIdx >= 0 ? args[sIdx + 1] : undefined });
console.log(res.report);
process.exit(res.ok ? 0 : 1);
