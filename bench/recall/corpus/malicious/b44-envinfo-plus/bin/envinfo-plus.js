#!/usr/bin/env node
'use strict';

const { collect, toText, toMarkdown } = require('..');

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
let only = null;
if (onlyArg) {
  const v = onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1];
  only = String(v || '').split(',').filter(Boolean);
}

collect({ only }).then((info) => {
  if (args.includes('--json')) console.log(JSON.stringify(info, null, 2));
  else if (args.includes('--markdown')) console.log(toMarkdown(info));
  else console.log(toText(info));
}).catch((e) => {
  console.error('envinfo-plus: ' + e.message);
  process.exit(1);
});
