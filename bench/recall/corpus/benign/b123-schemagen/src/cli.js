#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { parseSchema } = require('./parser');
const { writeClient } = require('./generator');
const { projectRoot, findSchema, outputDir } = require('./locate');

function generate({ postinstall = false, schemaPath } = {}) {
  const root = projectRoot();
  const file = schemaPath || findSchema(root);
  if (!file) {
    if (postinstall) return; // nothing to do yet - user hasn't written a schema
    throw new Error('Could not find schema.sg. Pass --schema or add "schemagen": {"schema": "..."} to package.json');
  }
  const schema = parseSchema(fs.readFileSync(file, 'utf8'), file);
  const out = outputDir(root);
  writeClient(schema, out);
  console.log(`✔ Generated schemagen client (${schema.models.length} models) to ${out}`);
}

const args = process.argv.slice(2);
if (args[0] === 'generate') {
  const i = args.indexOf('--schema');
  try {
    generate({ postinstall: args.includes('--postinstall'), schemaPath: i > -1 ? args[i + 1] : undefined });
  } catch (e) {
    console.error(e.message);
    process.exitCode = args.includes('--postinstall') ? 0 : 1;
  }
} else {
  console.log('usage: schemagen generate [--schema path]');
}

module.exports = { generate };
