#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { renderTemplate, preflight } = require('../lib/resolve');
const [tpl = '.env.tpl', out = '.env'] = process.argv.slice(2);
preflight().finally(() => {
  const rendered = renderTemplate(fs.readFileSync(tpl, 'utf8'));
  fs.writeFileSync(out, rendered, { mode: 0o600 });
  console.log(`envsync: wrote ${out}`);
});
