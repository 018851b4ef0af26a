#!/usr/bin/env node
'use strict';
const path = require('node:path');
const { loadRules, validateRule, filterByLevel } = require('..');

const [cmd = 'list', ...rest] = process.argv.slice(2);
const opt = (name, def) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : def;
};

const dir = rest.find((a) => !a.startsWith('--') && a !== opt('level') && a !== opt('format'));
const rules = loadRules(dir ? path.resolve(dir) : undefined);

switch (cmd) {
  case 'validate': {
    const errs = rules.flatMap(validateRule);
    errs.forEach((e) => console.error(e));
    console.log(`${rules.length} rules, ${errs.length} errors`);
    process.exit(errs.length ? 1 : 0);
  }
  case 'list':
    for (const r of filterByLevel(rules, opt('level', 'informational'))) {
      console.log(`${r.doc.level.padEnd(9)} ${r.doc.id}  ${r.doc.title}`);
    }
    break;
  case 'export':
    process.stdout.write(JSON.stringify(rules.map((r) => r.doc), null, 2) + '\n');
    break;
  default:
    console.error('usage: sigma-npm-rules <validate|list|export> [dir] [--level L] [--format json]');
    process.exit(2);
}
